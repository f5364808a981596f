using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>A site figure's metric id and canonical unit, looked up in the catalogue once per process rather than per site.</summary>
internal sealed class SiteFigureDefinition
{
    private static readonly SiteFigureDefinition[] All =
    [
        new("dc.energy.facility"), new("dc.energy.it"), new("dc.energy.cooling"), new("dc.energy.power-loss"), new("dc.energy.other"),
        new("dc.pue"), new("dc.clf"), new("dc.plf"), new("dc.olf"), new("dc.energy.renewable"), new("dc.energy.reused"),
        new("dc.ref"), new("dc.erf"), new("dc.water"), new("dc.wue"), new("dc.ghg"), new("dc.cue"),
    ];

    private SiteFigureDefinition(string id)
    {
        Id = id;
        Unit = MetricCatalog.Find(id).CanonicalUnit;
    }

    public string Id { get; }

    public Unit Unit { get; }

    public static SiteFigureDefinition Of(SiteFigure figure) => All[(int)figure];

    /// <summary>The site figure with this metric id, or null when no site figure has it.</summary>
    public static SiteFigure? Find(string id)
    {
        var at = Array.FindIndex(All, d => d.Id == id);
        return at < 0 ? null : (SiteFigure)at;
    }
}
