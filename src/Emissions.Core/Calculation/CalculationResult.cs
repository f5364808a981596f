namespace Emissions.Calculation;

/// <summary>Every metric computed, the factor set that pinned them, and every warning (fallbacks, assumptions).</summary>
public sealed record CalculationResult(IReadOnlyList<MetricValue> Metrics, string FactorSetId, string ContentHash, IReadOnlyList<string> Warnings)
{
    public MetricValue Get(string id, string? site = null) =>
        Metrics.FirstOrDefault(m => m.Id == id && m.Site == site)
        ?? throw new KeyNotFoundException($"metric '{id}'{(site is null ? "" : $" at site {site}")} was not computed");

    public MetricValue? Find(string id, string? site = null) => Metrics.FirstOrDefault(m => m.Id == id && m.Site == site);
}
