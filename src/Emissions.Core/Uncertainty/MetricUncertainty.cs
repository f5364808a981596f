namespace Emissions.Uncertainty;

/// <summary>
/// One figure's uncertainty both ways, side by side: the Monte Carlo 95 % interval (2.5th and 97.5th percentiles of the
/// draws) and the first-order analytic one of the GHG Protocol uncertainty tool and IPCC Approach 1 (value ± 1.96 σ,
/// σ² = Σ (∂figure/∂source × σ_source)²), with each source's share of the variance.
/// </summary>
/// <param name="Field">The figure's field ("ghg.total", "dc.pue@SH-1").</param>
/// <param name="Unit">The unit of the intervals (the figure's).</param>
/// <param name="MonteCarlo">The Monte Carlo 95 % interval.</param>
/// <param name="Analytic">The first-order 95 % interval.</param>
/// <param name="AnalyticPercent">The first-order half-width relative to the value, in percent (the tool's "±%").</param>
/// <param name="Contributions">Each source's share of the first-order variance, largest first.</param>
public sealed record MetricUncertainty(
    string Field,
    string Unit,
    UncertaintyInterval MonteCarlo,
    UncertaintyInterval Analytic,
    decimal AnalyticPercent,
    IReadOnlyList<SourceShare> Contributions)
{
    /// <summary>The trace's note: both intervals, how they were obtained, and the largest contributor.</summary>
    public string Note(int draws, int seed) =>
        $"95 % interval: {MonteCarlo} {Unit} by Monte Carlo ({draws:N0} draws, seed {seed}); {Analytic} {Unit} (±{AnalyticPercent} %) by first-order propagation (GHG Protocol tool, IPCC Approach 1)"
        + (Contributions.Count > 0 ? $"; largest contributor {Contributions[0].Source} ({Contributions[0].Percent} % of the variance)" : "");
}
