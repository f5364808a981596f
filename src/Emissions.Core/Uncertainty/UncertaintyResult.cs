namespace Emissions.Uncertainty;

/// <summary>
/// A calculation's uncertainty: the sources it was given, the Monte Carlo draws and seed, and every figure that
/// depends on a source (figures missing here depend on none: given totals, data-center meter readings).
/// </summary>
/// <param name="Sources">Every independent error, with its percentage and where that came from.</param>
/// <param name="Draws">The Monte Carlo draws.</param>
/// <param name="Seed">The generator's seed (the same seed, the same intervals).</param>
/// <param name="Metrics">Each figure's intervals.</param>
/// <param name="Notes">What the reader must know: factors that could not be varied, draws that were limited.</param>
public sealed record UncertaintyResult(
    IReadOnlyList<UncertaintySource> Sources,
    int Draws,
    int Seed,
    IReadOnlyList<MetricUncertainty> Metrics,
    IReadOnlyList<string> Notes)
{
    private Dictionary<string, MetricUncertainty>? _byField;

    /// <summary>The intervals of one figure, or null when it has none.</summary>
    /// <param name="field">The figure's field: its metric id, with "@site" for a site's figure.</param>
    public MetricUncertainty? Find(string field) =>
        (_byField ??= Metrics.ToDictionary(m => m.Field, StringComparer.Ordinal)).GetValueOrDefault(field);
}
