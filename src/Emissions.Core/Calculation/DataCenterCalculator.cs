using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// Data-center metrics per site and for the fleet. The fleet figure is a ratio of sums
/// (ISO/IEC 30134-2 aggregates energy, not ratios); the unweighted mean of site PUEs is shown
/// beside it and a difference is flagged, because averaging ratios is a common reporting error.
/// </summary>
internal static class DataCenterCalculator
{
    private static readonly Figure FacilityFigure = new("dc.energy.facility");
    private static readonly Figure ItFigure = new("dc.energy.it");
    private static readonly Figure CoolingFigure = new("dc.energy.cooling");
    private static readonly Figure PowerLossFigure = new("dc.energy.power-loss");
    private static readonly Figure OtherFigure = new("dc.energy.other");
    private static readonly Figure RenewableFigure = new("dc.energy.renewable");
    private static readonly Figure ReusedFigure = new("dc.energy.reused");
    private static readonly Figure WaterFigure = new("dc.water");
    private static readonly Figure GhgFigure = new("dc.ghg");
    private static readonly Figure PueFigure = new("dc.pue");
    private static readonly Figure ClfFigure = new("dc.clf");
    private static readonly Figure PlfFigure = new("dc.plf");
    private static readonly Figure OlfFigure = new("dc.olf");
    private static readonly Figure RefFigure = new("dc.ref");
    private static readonly Figure ErfFigure = new("dc.erf");
    private static readonly Figure WueFigure = new("dc.wue");
    private static readonly Figure CueFigure = new("dc.cue");

    private static readonly string[] RenewableAtZero = ["renewable energy counted at zero emissions"];
    private static readonly string[] WaterConvention = [WaterDensity.ConventionName];

    public static void Calculate(CalculationContext context)
    {
        var sites = context.Inventory.DataCenters;
        if (sites.Count == 0)
        {
            return;
        }

        var fleet = new FleetParts(sites.Count);
        var grids = new Dictionary<string, (FactorResolution Resolution, TraceFactor[] Traced)>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            Site(context, site, grids, fleet);
        }

        Fleet(context, sites.Count, fleet);
    }

    private static void Site(CalculationContext context, DataCenterInput dc, Dictionary<string, (FactorResolution Resolution, TraceFactor[] Traced)> grids, FleetParts fleet)
    {
        var facility = Given(context, fleet.Facility, FacilityFigure, dc.Id, dc.Facility);
        var it = Given(context, fleet.It, ItFigure, dc.Id, dc.It);
        var cooling = dc.Cooling is null ? null : Given(context, fleet.Cooling, CoolingFigure, dc.Id, dc.Cooling);
        var loss = dc.PowerLoss is null ? null : Given(context, fleet.PowerLoss, PowerLossFigure, dc.Id, dc.PowerLoss);
        MetricValue? other = null;
        if (cooling is not null && loss is not null)
        {
            var rest = facility.Quantity - it.Quantity - cooling.Quantity - loss.Quantity;
            if (rest.CanonicalValue < 0m)
            {
                throw new InputException(dc.Path, $"{dc.Facility} facility", $"facility energy at least IT + cooling + power loss ({DecimalText.Exact((it.Quantity + cooling.Quantity + loss.Quantity).As("MWh"))} MWh)");
            }

            other = fleet.Other.Record(context.Add(new DerivedMetric(OtherFigure.Id, rest, OtherFigure.Unit, dc.Id, "facility − IT − cooling − power loss",
                [facility, it, cooling, loss], [], [])));
        }

        fleet.Pue.Record(Ratios(context, dc.Id, facility, it, cooling, loss, other, []));
        var renewable = dc.Renewable is null ? null : Given(context, fleet.Renewable, RenewableFigure, dc.Id, dc.Renewable);
        var reused = dc.Reused is null ? null : Given(context, fleet.Reused, ReusedFigure, dc.Id, dc.Reused);
        if (renewable is not null)
        {
            Ratio(context, RefFigure, dc.Id, renewable.Quantity / facility.Quantity, "dc.energy.renewable / dc.energy.facility", renewable, facility);
        }

        if (reused is not null)
        {
            Ratio(context, ErfFigure, dc.Id, reused.Quantity / facility.Quantity, "dc.energy.reused / dc.energy.facility", reused, facility);
        }

        if (dc.Water is not null)
        {
            var water = WaterDensity.AsVolume(dc.Water.Quantity, out var converted);
            var waterMetric = fleet.Water.Record(context.Add(new GivenMetric(WaterFigure.Id, water, WaterFigure.Unit, dc.Id, dc.Water, converted ? WaterConvention : [])));
            Ratio(context, WueFigure, dc.Id, water / it.Quantity, "dc.water / dc.energy.it", waterMetric, it);
        }

        if (dc.Region is not null)
        {
            if (!grids.TryGetValue(dc.Region, out var grid))
            {
                var set = context.Resolver.FactorSet;
                var resolution = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", dc.Region, context.Year, set.ElectricityLocationBasis), $"{dc.Path}.region");
                grid = (resolution, [context.Trace(resolution)]);
                grids[dc.Region] = grid;
            }

            var grey = renewable is null ? facility.Quantity : facility.Quantity - renewable.Quantity;
            var ghg = fleet.Ghg.Record(context.Add(new DerivedMetric(GhgFigure.Id, grey * grid.Resolution.Factor.Quantity, GhgFigure.Unit, dc.Id,
                "(dc.energy.facility − dc.energy.renewable) × grid factor", renewable is null ? [facility] : [facility, renewable], grid.Traced, RenewableAtZero)));
            Ratio(context, CueFigure, dc.Id, ghg.Quantity / it.Quantity, "dc.ghg / dc.energy.it", ghg, it);
        }
    }

    private static void Fleet(CalculationContext context, int sites, FleetParts fleet)
    {
        MetricValue? Sum(string id, SiteFigures parts)
        {
            if (parts.Count != sites)
            {
                return null;
            }

            var total = parts[0].Quantity;
            for (var i = 1; i < parts.Count; i++)
            {
                total += parts[i].Quantity;
            }

            return context.Add(new DerivedMetric(id, total, parts[0].Unit, null, $"Σ {id} over {parts.Count} sites", parts, [], []));
        }

        var facility = Sum("dc.energy.facility", fleet.Facility)!;
        var it = Sum("dc.energy.it", fleet.It)!;
        var cooling = Sum("dc.energy.cooling", fleet.Cooling);
        var loss = Sum("dc.energy.power-loss", fleet.PowerLoss);
        var other = Sum("dc.energy.other", fleet.Other);

        var meanOfSites = 0m;
        for (var i = 0; i < fleet.Pue.Count; i++)
        {
            meanOfSites += fleet.Pue[i].Quantity.CanonicalValue;
        }

        meanOfSites /= fleet.Pue.Count;
        var pue = Ratios(context, null, facility, it, cooling, loss, other, [$"unweighted mean of site PUEs: {DecimalText.Exact(meanOfSites)}"]);
        if (meanOfSites != pue.Quantity.CanonicalValue)
        {
            context.Warn($"fleet dc.pue {DecimalText.Exact(pue.Quantity.CanonicalValue)} is the ratio of summed facility to summed IT energy; the unweighted mean of the {fleet.Pue.Count} site PUEs is {DecimalText.Exact(meanOfSites)} — a mean of ratios misstates the fleet");
        }

        foreach (var (figure, numerator, parts) in new[] { (WueFigure, "dc.water", fleet.Water), (RefFigure, "dc.energy.renewable", fleet.Renewable), (ErfFigure, "dc.energy.reused", fleet.Reused), (CueFigure, "dc.ghg", fleet.Ghg) })
        {
            var sum = Sum(numerator, parts);
            if (sum is not null)
            {
                var denominator = figure == WueFigure || figure == CueFigure ? it : facility;
                Ratio(context, figure, null, sum.Quantity / denominator.Quantity, $"Σ {numerator} / Σ {denominator.Id}", sum, denominator);
            }
        }
    }

    private static MetricValue Ratios(CalculationContext context, string? site, MetricValue facility, MetricValue it, MetricValue? cooling, MetricValue? loss, MetricValue? other, IReadOnlyList<string> pueNotes)
    {
        var pue = context.Add(new RatioMetric(PueFigure.Id, facility.Quantity / it.Quantity, PueFigure.Unit, site, "dc.energy.facility / dc.energy.it", facility, it, pueNotes));
        if (cooling is not null)
        {
            Ratio(context, ClfFigure, site, cooling.Quantity / it.Quantity, "dc.energy.cooling / dc.energy.it", cooling, it);
        }

        if (loss is not null)
        {
            Ratio(context, PlfFigure, site, loss.Quantity / it.Quantity, "dc.energy.power-loss / dc.energy.it", loss, it);
        }

        if (other is not null)
        {
            Ratio(context, OlfFigure, site, other.Quantity / it.Quantity, "dc.energy.other / dc.energy.it", other, it);
        }

        return pue;
    }

    private static MetricValue Given(CalculationContext context, SiteFigures figures, Figure figure, string site, Amount amount) =>
        figures.Record(context.Add(new GivenMetric(figure.Id, amount.Quantity, figure.Unit, site, amount, [])));

    private static void Ratio(CalculationContext context, Figure figure, string? site, Quantity value, string formula, MetricValue numerator, MetricValue denominator) =>
        context.Add(new RatioMetric(figure.Id, value, figure.Unit, site, formula, numerator, denominator, []));

    /// <summary>A data-center metric with its canonical unit, looked up in the catalogue once rather than per site.</summary>
    private sealed class Figure(string id)
    {
        public string Id { get; } = id;

        public Unit Unit { get; } = MetricCatalog.Find(id).CanonicalUnit;
    }

    /// <summary>One figure of every site, in site order: what a fleet figure sums.</summary>
    private sealed class SiteFigures(int capacity) : List<MetricValue>(capacity)
    {
        public MetricValue Record(MetricValue figure)
        {
            Add(figure);
            return figure;
        }
    }

    /// <summary>The site figures the fleet figures are built from, gathered as the sites are calculated.</summary>
    private sealed class FleetParts(int sites)
    {
        public SiteFigures Facility { get; } = new(sites);

        public SiteFigures It { get; } = new(sites);

        public SiteFigures Cooling { get; } = new(sites);

        public SiteFigures PowerLoss { get; } = new(sites);

        public SiteFigures Other { get; } = new(sites);

        public SiteFigures Pue { get; } = new(sites);

        public SiteFigures Water { get; } = new(4);

        public SiteFigures Renewable { get; } = new(4);

        public SiteFigures Reused { get; } = new(4);

        public SiteFigures Ghg { get; } = new(sites);
    }
}
