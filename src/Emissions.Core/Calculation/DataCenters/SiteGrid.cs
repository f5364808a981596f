using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>A grid region's location-based factor as the site loop uses it: canonical value, resulting kind, and its trace.</summary>
internal sealed class SiteGrid(FactorResolution resolution, TraceFactor traced)
{
    public decimal Factor { get; } = resolution.Factor.Quantity.CanonicalValue;

    /// <summary>The kind of facility energy × this factor: CO2e for a factor per energy.</summary>
    public Dimension Emissions { get; } = Dimension.EnergyDim * resolution.Factor.Quantity.Dimension;

    public IReadOnlyList<TraceFactor> Traced { get; } = [traced];
}
