using Emissions.Calculation.Recipes;
using Emissions.Diagnostics;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// Data-center energy against scope 2. A site's facility energy is part of the purchased electricity lines unless the
/// site says <c>"purchasedElectricity": false</c>; scope 2 is computed from the electricity lines only, so data-center
/// energy is never counted twice. Where the sites of a grid region used more facility energy than that region's
/// electricity lines hold, some of it is in no scope-2 figure: a warning says how much, never silence.
/// </summary>
internal static class ElectricityReconciliation
{
    public static void Check(CalculationContext context, PurchasedEnergySums purchased)
    {
        // One pass over the site columns: facility energy of the purchased-electricity sites summed by grid region, in
        // the order their first such site names them (the sums in site order, as a quantity sum would add them).
        var sites = context.Inventory.DataCenters;
        var columns = context.Columns.DataCenters;
        var regionSums = new decimal[columns.Regions.Count];
        var regionSites = new int[columns.Regions.Count];
        var regionOrder = new List<int>(columns.Regions.Count);
        var purchasing = 0;
        var withoutRegion = false;
        try
        {
            for (var s = 0; s < sites.Count; s++)
            {
                if (!sites[s].PurchasedElectricity)
                {
                    continue;
                }

                purchasing++;
                var facility = columns.Facility[s];
                var region = columns.Region[s];
                if (region < 0)
                {
                    withoutRegion = true;
                    continue;
                }

                if (regionSites[region]++ == 0)
                {
                    regionOrder.Add(region);
                    regionSums[region] = facility;
                }
                else
                {
                    regionSums[region] += facility;
                }
            }
        }
        catch (OverflowException)
        {
            throw Arithmetic.Overflow();
        }

        if (purchasing == 0)
        {
            return;
        }

        var zero = new Quantity(0m, Dimension.EnergyDim);
        var byRegion = purchased.Regions.ToDictionary(r => r.First.Region, r => r.Energy, StringComparer.Ordinal);
        foreach (var region in regionOrder)
        {
            var name = columns.Regions[region];
            Compare(context, $"in {name}", regionSites[region], regionSums[region], byRegion.GetValueOrDefault(name, zero), $"the electricity lines for {name}");
        }

        if (withoutRegion)
        {
            // A site without a grid region can be covered by any line: compare every such site with every line.
            Compare(context, "in all", purchasing, SumOfAll(sites, columns), purchased.Electricity ?? zero, "all electricity lines");
        }
    }

    /// <summary>The facility energy of every purchased-electricity site, with or without a region.</summary>
    private static decimal SumOfAll(IReadOnlyList<DataCenterInput> sites, DataCenterColumns columns)
    {
        decimal? sum = null;
        for (var s = 0; s < sites.Count; s++)
        {
            if (sites[s].PurchasedElectricity)
            {
                sum = sum is { } before ? Arithmetic.Add(before, columns.Facility[s]) : columns.Facility[s];
            }
        }

        return sum!.Value;
    }

    private static void Compare(CalculationContext context, string where, int sites, decimal facilityEnergy, Quantity lines, string linesName)
    {
        var facility = new Quantity(facilityEnergy, Dimension.EnergyDim);
        if (facility <= lines)
        {
            return;
        }

        static string Mwh(Quantity q) => $"{DecimalText.Exact(q.As("MWh"))} MWh";
        var count = sites == 1 ? "1 data center" : $"{sites} data centers";
        context.Warn(new Warning(WarningCodes.DataCenterEnergyNotInScope2, WarningSeverity.Important, $"{count} {where} used {Mwh(facility)} of facility energy, counted as purchased electricity, but {linesName} total {Mwh(lines)}: " +
            $"{Mwh(facility - lines)} of data-center energy is in no scope-2 figure (scope 2 is computed from the electricity lines only). " +
            "Add it as electricity lines, or mark a site whose energy is not purchased electricity with \"purchasedElectricity\": false"));
    }
}
