using Emissions.Diagnostics;

namespace Emissions.Calculation;

/// <summary>Every metric computed, the factor set that pinned them, and every warning (fallbacks, assumptions).</summary>
public sealed record CalculationResult(IReadOnlyList<MetricValue> Metrics, string FactorSetId, string ContentHash, IReadOnlyList<Warning> Warnings)
{
    /// <summary>Every figure's 95 % intervals, when the request gave an uncertainty.</summary>
    public global::Emissions.Uncertainty.UncertaintyResult? Uncertainty { get; init; }

    public MetricValue Get(string id, string? site = null) =>
        Find(id, site) ?? throw new KeyNotFoundException($"metric '{id}'{(site is null ? "" : $" at site {site}")} was not computed");

    /// <summary>The first figure with this id and site; a calculation's own list finds it without building the site figures before it.</summary>
    public MetricValue? Find(string id, string? site = null) =>
        Metrics is DataCenters.MetricList list ? list.Find(id, site) : Metrics.FirstOrDefault(m => m.Id == id && m.Site == site);
}
