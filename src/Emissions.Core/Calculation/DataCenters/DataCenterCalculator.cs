using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// Data-center metrics per site and for the fleet. Per site: the inputs, the emissions recipe
/// (<c>dc.ghg</c> = (facility − renewable) × grid factor, the one figure that needs a factor), then every catalogue
/// definition over site figures, run as a compiled program over the columns (ADR 0011). For the fleet, a ratio is its
/// definition over the fleet's sums (ISO/IEC 30134-2 aggregates energy, not ratios) and any other figure the sum of the
/// sites'; the unweighted mean of site PUEs is shown beside the fleet PUE and a difference is flagged, because
/// averaging ratios is a common reporting error.
/// </summary>
/// <remarks>
/// Site figures are exact decimals in canonical units (kWh, m³, kg CO2e), read from the inventory's
/// <see cref="DataCenterColumns"/> (kinds checked there) and written to a <see cref="SiteFigureTable"/>;
/// the definitions' kinds are checked once when compiled, and a grid factor's once per region.
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
        var table = new SiteFigureTable(sites, columns, grids);
        var definitions = DataCenterFigures.Definitions;
        foreach (var definition in definitions)
        {
            table.Column(definition.Figure);
        }

        var ghg = table.Column(DataCenterFigures.Ghg);
        var values = table.Columns;
        var ghgBit = DataCenterFigures.Bit(DataCenterFigures.Ghg);
        for (var s = 0; s < sites.Count; s++)
        {
            if (columns.It[s] == 0m)
            {
                // The reader refuses a zero IT energy; an inventory built in code fails as the division would.
                var dc = sites[s];
                _ = dc.Facility.Quantity / dc.It.Quantity;
            }

            var bits = DataCenterFigures.Bit(DataCenterFigures.Facility) | DataCenterFigures.Bit(DataCenterFigures.It) | DataCenterFigures.PartBits[(int)columns.Parts[s]];
            var region = columns.Region[s];
            var emissionsDone = region < 0;
            foreach (var definition in definitions)
            {
                if (!emissionsDone && (definition.Needs & ghgBit) != 0)
                {
                    ghg[s] = Emissions(context, columns, s, grids);
                    bits |= ghgBit;
                    emissionsDone = true;
                }

                if ((bits & definition.Needs) == definition.Needs)
                {
                    var value = definition.Formula.Run(values, s);
                    if (definition.Figure == DataCenterFigures.Other && value < 0m)
                    {
                        throw FacilityBelowParts(sites[s], columns, s);
                    }

                    values[definition.Figure]![s] = value;
                    bits |= DataCenterFigures.Bit(definition.Figure);
                }
            }

            if (!emissionsDone)
            {
                ghg[s] = Emissions(context, columns, s, grids);
                bits |= ghgBit;
            }

            table.Complete(s, bits);
        }

        context.AddSites(table);
        Fleet(context, table);
    }

    /// <summary>The site's location-based emissions: (facility − renewable) × the grid factor of its region, renewable at zero.</summary>
    private static decimal Emissions(CalculationContext context, DataCenterColumns columns, int s, SiteGrid?[] grids)
    {
        var grid = grids[columns.Region[s]] ??= Grid(context, context.Inventory.DataCenters[s]);
        var grey = (columns.Parts[s] & DataCenterParts.Renewable) != 0 ? Arithmetic.Subtract(columns.Facility[s], columns.Renewable[s]) : columns.Facility[s];
        return Arithmetic.Multiply(grey, grid.Factor);
    }

    /// <summary>The input check on the evaluated other load: facility energy covers IT, cooling and power loss.</summary>
    private static InputException FacilityBelowParts(DataCenterInput dc, DataCenterColumns columns, int s)
    {
        var sum = new Quantity(Arithmetic.Add(Arithmetic.Add(columns.It[s], columns.Cooling[s]), columns.PowerLoss[s]), Dimension.EnergyDim);
        return new InputException(dc.Path, $"{dc.Facility} facility", $"facility energy at least IT + cooling + power loss ({DecimalText.Exact(sum.As("MWh"))} MWh)");
    }

    private static SiteGrid Grid(CalculationContext context, DataCenterInput dc)
    {
        var set = context.Resolver.FactorSet;
        var resolution = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", dc.Region, context.Year, set.ElectricityLocationBasis), $"{dc.Path}.region");
        var grid = new SiteGrid(resolution, context.Trace(resolution));
        if (grid.Emissions != DataCenterFigures.Units[DataCenterFigures.Ghg].Dimension)
        {
            throw new InputException($"{dc.Path}.region", dc.Region, $"a grid factor in CO2e per energy; {resolution.Factor.Id} is {resolution.Factor.Value.Unit.Symbol}", InputError.FactorNotResolved);
        }

        return grid;
    }

    private static void Fleet(CalculationContext context, SiteFigureTable table)
    {
        var fleet = new MetricValue?[DataCenterFigures.Count];
        foreach (var figure in DataCenterFigures.Fleet)
        {
            var definition = Array.Find(DataCenterFigures.Definitions, d => d.Figure == figure);
            fleet[figure] = definition is { IsRatio: true } ? Ratio(context, table, definition, fleet) : Sum(context, table, figure);
        }
    }

    /// <summary>The fleet's sum of a site figure, when every site has it (a sum over some sites would understate the fleet).</summary>
    private static MetricValue? Sum(CalculationContext context, SiteFigureTable table, int figure)
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

        var id = DataCenterFigures.Id(figure);
        var unit = DataCenterFigures.Units[figure];
        return context.Add(new DerivedMetric(id, new Quantity(total, unit.Dimension), unit, null, $"Σ {id} over {table.Sites} sites", table.SiteColumn(figure), [], []));
    }

    /// <summary>A fleet ratio: its definition over the fleet's figures, when the fleet has every one.</summary>
    private static MetricValue? Ratio(CalculationContext context, SiteFigureTable table, SiteDefinition definition, MetricValue?[] fleet)
    {
        var formula = definition.Formula;
        var inputs = new MetricValue[formula.Names.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            if (fleet[DataCenterFigures.Find(formula.Names[i])!.Value] is not { } input)
            {
                return null;
            }

            inputs[i] = input;
        }

        var value = formula.Run(ExactArithmetic.Instance, slot => fleet[slot]!.Quantity);
        IReadOnlyList<string> notes = [];
        if (definition.Figure == DataCenterFigures.Find("dc.pue"))
        {
            var meanOfSites = 0m;
            for (var s = 0; s < table.Sites; s++)
            {
                meanOfSites += table.Value(s, definition.Figure);
            }

            meanOfSites /= table.Sites;
            notes = [$"unweighted mean of site PUEs: {DecimalText.Exact(meanOfSites)}"];
            if (meanOfSites != value.CanonicalValue)
            {
                context.Warn(new Warning(WarningCodes.FleetPueWeighted, WarningSeverity.Note, $"fleet dc.pue {DecimalText.Exact(value.CanonicalValue)} is the ratio of summed facility to summed IT energy; the unweighted mean of the {table.Sites} site PUEs is {DecimalText.Exact(meanOfSites)} — a mean of ratios misstates the fleet"));
            }
        }

        var id = DataCenterFigures.Id(definition.Figure);
        return context.Add(new DerivedMetric(id, value, DataCenterFigures.Units[definition.Figure], null, formula.ToString(), inputs, [], notes));
    }
}
