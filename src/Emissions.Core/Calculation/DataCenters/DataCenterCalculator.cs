using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// Data-center metrics per site and for the fleet. The fleet figure is a ratio of sums
/// (ISO/IEC 30134-2 aggregates energy, not ratios); the unweighted mean of site PUEs is shown
/// beside it and a difference is flagged, because averaging ratios is a common reporting error.
/// </summary>
/// <remarks>
/// Site figures are exact decimals in canonical units (kWh, m³, kg CO2e), read from the inventory's
/// <see cref="DataCenterColumns"/> (kinds checked there) and written to a <see cref="SiteFigureTable"/>;
/// a grid factor's kind is checked once per region, so a value's kind is known without carrying it.
/// </remarks>
internal static class DataCenterCalculator
{
    public static void Calculate(CalculationContext context)
    {
        var sites = context.Inventory.DataCenters;
        if (sites.Count == 0)
        {
            return;
        }

        var columns = context.Columns.DataCenters;
        var grids = new SiteGrid?[columns.Regions.Count];
        var table = new SiteFigureTable(sites, columns.Region, grids);
        for (var s = 0; s < sites.Count; s++)
        {
            Site(context, table, columns, s, grids);
        }

        context.AddSites(table);
        Fleet(context, table);
    }

    private static void Site(CalculationContext context, SiteFigureTable table, DataCenterColumns columns, int s, SiteGrid?[] grids)
    {
        table.BeginSite(s);
        var parts = columns.Parts[s];
        var facility = columns.Facility[s];
        var it = columns.It[s];
        if (it == 0m)
        {
            // The reader refuses a zero IT energy; an inventory built in code fails as the division would.
            var dc = context.Inventory.DataCenters[s];
            _ = dc.Facility.Quantity / dc.It.Quantity;
        }

        table.Set(s, SiteFigure.Facility, facility);
        PartAndRatio(table, s, SiteFigure.It, it, SiteFigure.Pue, facility, it);
        if ((parts & DataCenterParts.Cooling) != 0)
        {
            PartAndRatio(table, s, SiteFigure.Cooling, columns.Cooling[s], SiteFigure.Clf, columns.Cooling[s], it);
        }

        if ((parts & DataCenterParts.PowerLoss) != 0)
        {
            var loss = columns.PowerLoss[s];
            PartAndRatio(table, s, SiteFigure.PowerLoss, loss, SiteFigure.Plf, loss, it);
            if ((parts & DataCenterParts.Cooling) != 0)
            {
                var cooling = columns.Cooling[s];
                var other = Arithmetic.Subtract(Arithmetic.Subtract(Arithmetic.Subtract(facility, it), cooling), loss);
                if (other < 0m)
                {
                    var dc = context.Inventory.DataCenters[s];
                    var sum = new Quantity(Arithmetic.Add(Arithmetic.Add(it, cooling), loss), Dimension.EnergyDim);
                    throw new InputException(dc.Path, $"{dc.Facility} facility", $"facility energy at least IT + cooling + power loss ({DecimalText.Exact(sum.As("MWh"))} MWh)");
                }

                PartAndRatio(table, s, SiteFigure.Other, other, SiteFigure.Olf, other, it);
            }
        }

        var grey = facility;
        if ((parts & DataCenterParts.Renewable) != 0)
        {
            var renewable = columns.Renewable[s];
            grey = Arithmetic.Subtract(facility, renewable);
            PartAndRatio(table, s, SiteFigure.Renewable, renewable, SiteFigure.Ref, renewable, facility);
        }

        if ((parts & DataCenterParts.Reused) != 0)
        {
            PartAndRatio(table, s, SiteFigure.Reused, columns.Reused[s], SiteFigure.Erf, columns.Reused[s], facility);
        }

        if ((parts & DataCenterParts.Water) != 0)
        {
            PartAndRatio(table, s, SiteFigure.Water, columns.Water[s], SiteFigure.Wue, columns.Water[s], it);
        }

        var region = columns.Region[s];
        if (region >= 0)
        {
            var grid = grids[region] ??= Grid(context, context.Inventory.DataCenters[s]);
            var ghg = Arithmetic.Multiply(grey, grid.Factor);
            PartAndRatio(table, s, SiteFigure.Ghg, ghg, SiteFigure.Cue, ghg, it);
        }
    }

    /// <summary>A site figure and the ratio built on it (IT and PUE, cooling and CLF, water and WUE …).</summary>
    private static void PartAndRatio(SiteFigureTable table, int s, SiteFigure part, decimal value, SiteFigure ratio, decimal numerator, decimal denominator)
    {
        table.Set(s, part, value);
        table.Set(s, ratio, Arithmetic.Divide(numerator, denominator));
    }

    private static SiteGrid Grid(CalculationContext context, DataCenterInput dc)
    {
        var set = context.Resolver.FactorSet;
        var resolution = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", dc.Region, context.Year, set.ElectricityLocationBasis), $"{dc.Path}.region");
        var grid = new SiteGrid(resolution, context.Trace(resolution));
        var expected = SiteFigureDefinition.Of(SiteFigure.Ghg).Unit.Dimension;
        if (grid.Emissions != expected)
        {
            throw new InputException($"{dc.Path}.region", dc.Region, $"a grid factor in CO2e per energy; {resolution.Factor.Id} is {resolution.Factor.Value.Unit.Symbol}", InputError.FactorNotResolved);
        }

        return grid;
    }

    private static void Fleet(CalculationContext context, SiteFigureTable table)
    {
        var facility = Sum(context, table, SiteFigure.Facility)!;
        var it = Sum(context, table, SiteFigure.It)!;
        var cooling = Sum(context, table, SiteFigure.Cooling);
        var loss = Sum(context, table, SiteFigure.PowerLoss);
        var other = Sum(context, table, SiteFigure.Other);

        var meanOfSites = 0m;
        for (var s = 0; s < table.Sites; s++)
        {
            meanOfSites += table.Value(s, SiteFigure.Pue);
        }

        meanOfSites /= table.Sites;
        var pue = Ratio(context, SiteFigure.Pue, facility, it, [$"unweighted mean of site PUEs: {DecimalText.Exact(meanOfSites)}"]);
        if (meanOfSites != pue.Quantity.CanonicalValue)
        {
            context.Warn($"fleet dc.pue {DecimalText.Exact(pue.Quantity.CanonicalValue)} is the ratio of summed facility to summed IT energy; the unweighted mean of the {table.Sites} site PUEs is {DecimalText.Exact(meanOfSites)} — a mean of ratios misstates the fleet");
        }

        foreach (var (ratio, part) in new[] { (SiteFigure.Clf, cooling), (SiteFigure.Plf, loss), (SiteFigure.Olf, other) })
        {
            if (part is not null)
            {
                Ratio(context, ratio, part, it, []);
            }
        }

        foreach (var (ratio, numerator, denominator) in new[] { (SiteFigure.Wue, SiteFigure.Water, it), (SiteFigure.Ref, SiteFigure.Renewable, facility), (SiteFigure.Erf, SiteFigure.Reused, facility), (SiteFigure.Cue, SiteFigure.Ghg, it) })
        {
            if (Sum(context, table, numerator) is { } sum)
            {
                Ratio(context, ratio, sum, denominator, [], $"Σ {sum.Id} / Σ {denominator.Id}");
            }
        }
    }

    /// <summary>The fleet's sum of a site figure, when every site has it (a sum over some sites would understate the fleet).</summary>
    private static MetricValue? Sum(CalculationContext context, SiteFigureTable table, SiteFigure figure)
    {
        if (table.CountOf(figure) != table.Sites)
        {
            return null;
        }

        var total = table.Value(0, figure);
        for (var s = 1; s < table.Sites; s++)
        {
            total = Arithmetic.Add(total, table.Value(s, figure));
        }

        var definition = SiteFigureDefinition.Of(figure);
        return context.Add(new DerivedMetric(definition.Id, new Quantity(total, definition.Unit.Dimension), definition.Unit, null,
            $"Σ {definition.Id} over {table.Sites} sites", table.Column(figure), [], []));
    }

    private static MetricValue Ratio(CalculationContext context, SiteFigure figure, MetricValue numerator, MetricValue denominator, IReadOnlyList<string> notes, string? formula = null)
    {
        var definition = SiteFigureDefinition.Of(figure);
        return context.Add(new RatioMetric(definition.Id, numerator.Quantity / denominator.Quantity, definition.Unit, null,
            formula ?? $"{numerator.Id} / {denominator.Id}", numerator, denominator, notes));
    }
}
