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
/// the definitions' kinds are checked once when compiled, and a grid factor's once per region. The definitions run
/// column by column over all sites (issue 13: per site, one virtual call per formula node and site made the
/// calculation 6.6× the bare decimal loop); only when one fails are the sites evaluated in turn, so that the error
/// names the first site to fail, as it always has.
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
        foreach (var definition in DataCenterFigures.Definitions)
        {
            table.Column(definition.Figure);
        }

        var bits = table.Has;
        try
        {
            Evaluate(context, table, bits, 0, sites.Count);
        }
        catch (InvalidInputException)
        {
            // Column by column, the error found first is the first definition's to fail, at whichever site. The error
            // reported is the first site's to fail, as when each site was evaluated in turn: so evaluate them in turn.
            for (var s = 0; s < sites.Count; s++)
            {
                Evaluate(context, table, bits, s, 1);
            }

            throw;
        }

        table.Complete();
        context.AddSites(table);
        Fleet(context, table);
    }

    /// <summary>
    /// The figures of the sites from <paramref name="start"/>: each catalogue definition run over the site columns in
    /// dependency order, one call per run of consecutive sites that have every figure it needs (so a definition's program
    /// is dispatched per column, not per site), the emissions recipe just before the first definition that needs it.
    /// </summary>
    private static void Evaluate(CalculationContext context, SiteFigureTable table, ulong[] bits, int start, int count)
    {
        var columns = context.Columns.DataCenters;
        var end = start + count;
        for (var s = start; s < end; s++)
        {
            if (columns.It[s] == 0m)
            {
                // The reader refuses a zero IT energy; an inventory built in code fails as the division would.
                var dc = context.Inventory.DataCenters[s];
                _ = dc.Facility.Quantity / dc.It.Quantity;
            }

            bits[s] = DataCenterFigures.Bit(DataCenterFigures.Facility) | DataCenterFigures.Bit(DataCenterFigures.It) | DataCenterFigures.PartBits[(int)columns.Parts[s]];
        }

        var values = table.Columns;
        var ghgBit = DataCenterFigures.Bit(DataCenterFigures.Ghg);
        var emissionsDone = false;
        foreach (var definition in DataCenterFigures.Definitions)
        {
            if (!emissionsDone && (definition.Needs & ghgBit) != 0)
            {
                Emissions(context, table, bits, start, end);
                emissionsDone = true;
            }

            var needs = definition.Needs;
            var bit = DataCenterFigures.Bit(definition.Figure);
            var column = values[definition.Figure]!;
            var isOther = definition.Figure == DataCenterFigures.Other;
            for (var s = start; s < end;)
            {
                if ((bits[s] & needs) != needs)
                {
                    s++;
                    continue;
                }

                var run = s + 1;
                while (run < end && (bits[run] & needs) == needs)
                {
                    run++;
                }

                definition.Formula.Run(values, s, column.AsSpan(s, run - s));
                for (; s < run; s++)
                {
                    if (isOther && column[s] < 0m)
                    {
                        throw FacilityBelowParts(context.Inventory.DataCenters[s], columns, s);
                    }

                    bits[s] |= bit;
                }
            }
        }

        if (!emissionsDone)
        {
            Emissions(context, table, bits, start, end);
        }
    }

    /// <summary>Each site's location-based emissions: (facility − renewable) × the grid factor of its region, renewable at zero.</summary>
    private static void Emissions(CalculationContext context, SiteFigureTable table, ulong[] bits, int start, int end)
    {
        var columns = context.Columns.DataCenters;
        var grids = table.Grids;
        var ghg = table.Column(DataCenterFigures.Ghg);
        var ghgBit = DataCenterFigures.Bit(DataCenterFigures.Ghg);
        for (var s = start; s < end; s++)
        {
            var region = columns.Region[s];
            if (region < 0)
            {
                continue;
            }

            var factor = (grids[region] ??= Grid(context, context.Inventory.DataCenters[s])).Factor;
            try
            {
                var grey = (columns.Parts[s] & DataCenterParts.Renewable) != 0 ? columns.Facility[s] - columns.Renewable[s] : columns.Facility[s];
                ghg[s] = grey * factor;
            }
            catch (OverflowException)
            {
                throw Arithmetic.Overflow();
            }

            bits[s] |= ghgBit;
        }
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
        var resolution = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", dc.Region, context.Year, set.ElectricityLocationBasis), QueryOrigin.OwnRegion(dc.Path, dc.Region));
        var grid = new SiteGrid(resolution, context.Trace(resolution));
        if (grid.Emissions != DataCenterFigures.Units[DataCenterFigures.Ghg].Dimension)
        {
            throw new InputException($"{dc.Path}.region", dc.Region, "a region whose grid factor is in CO2e per energy, e.g. tCO2e/MWh", InputError.FactorNotResolved, null,
                $"its grid factor {resolution.Factor.Id} is in {resolution.Factor.Value.Unit.Symbol}, not CO2e per energy");
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

        var column = table.Columns[figure].AsSpan(0, table.Sites);
        var total = column[0];
        try
        {
            for (var s = 1; s < column.Length; s++)
            {
                total += column[s];
            }
        }
        catch (OverflowException)
        {
            throw Arithmetic.Overflow();
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
            try
            {
                foreach (var pue in table.Columns[definition.Figure].AsSpan(0, table.Sites))
                {
                    meanOfSites += pue;
                }

                meanOfSites /= table.Sites;
            }
            catch (OverflowException)
            {
                throw Arithmetic.Overflow($"the unweighted mean of the {table.Sites} site PUEs (dc.pue)");
            }
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
