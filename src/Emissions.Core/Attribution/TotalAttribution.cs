namespace Emissions.Attribution;

/// <summary>One printed total: the combinations that reproduce it, closest first, and the others with their gaps.</summary>
/// <param name="Metric">The metric id of the total.</param>
/// <param name="Printed">The total as printed.</param>
/// <param name="Reproducing">The combinations whose calculation prints as the total, closest first.</param>
/// <param name="Others">The rest, closest first, each with its gap.</param>
public sealed record TotalAttribution(string Metric, string Printed, IReadOnlyList<AttributionCandidate> Reproducing, IReadOnlyList<AttributionCandidate> Others)
{
    /// <summary>The finding in one sentence.</summary>
    public string Conclusion => Reproducing.Count switch
    {
        0 => $"{Metric} {Printed}: no shipped combination reproduces it; closest {(Others.Count == 0 ? "none" : $"{Others[0].Label} (gap {Others[0].RelativeGap} %)")}",
        1 => $"{Metric} {Printed}: reproduced by exactly one combination, {Reproducing[0].Label}",
        _ => $"{Metric} {Printed}: reproduced by {Reproducing.Count} combinations, closest {Reproducing[0].Label}",
    };
}
