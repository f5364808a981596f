using Emissions.Diagnostics;

namespace Emissions.Calculation;

/// <summary>Every metric computed, the factor set that pinned them, and every warning (fallbacks, assumptions).</summary>
public sealed record CalculationResult(IReadOnlyList<MetricValue> Metrics, string FactorSetId, string ContentHash, IReadOnlyList<Warning> Warnings)
{
    /// <summary>Every figure's 95 % intervals, when the request gave an uncertainty.</summary>
    public global::Emissions.Uncertainty.UncertaintyResult? Uncertainty { get; init; }

    /// <summary>The figure with this metric id (and site); for a test that expects it to have been computed.</summary>
    /// <param name="id">The metric id, e.g. <c>ghg.scope2.location</c>.</param>
    /// <param name="site">The site, or null for the organisation's figure.</param>
    /// <exception cref="KeyNotFoundException">The calculation did not compute that figure (its inputs were not given); the message names it.</exception>
    public MetricValue Get(string id, string? site = null) =>
        Find(id, site) ?? throw new KeyNotFoundException($"metric '{id}'{(site is null ? "" : $" at site {site}")} was not computed");

    /// <summary>The first figure with this id and site; a calculation's own list finds it without building the site figures before it.</summary>
    public MetricValue? Find(string id, string? site = null) =>
        Metrics is DataCenters.MetricList list ? list.Find(id, site) : Metrics.FirstOrDefault(m => m.Id == id && m.Site == site);
}
