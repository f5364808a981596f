using Emissions.Calculation.Recipes;
using Emissions.Diagnostics;
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
        var sites = context.Inventory.DataCenters.Where(dc => dc.PurchasedElectricity).ToList();
        if (sites.Count == 0)
        {
            return;
        }

        var zero = new Quantity(0m, Dimension.EnergyDim);
        var byRegion = purchased.Regions.ToDictionary(r => r.First.Region, r => r.Energy, StringComparer.Ordinal);
        foreach (var group in sites.Where(dc => dc.Region is not null).GroupBy(dc => dc.Region!, StringComparer.Ordinal))
        {
            Compare(context, $"in {group.Key}", [.. group], byRegion.GetValueOrDefault(group.Key, zero), $"the electricity lines for {group.Key}");
        }

        if (sites.Any(dc => dc.Region is null))
        {
            // A site without a grid region can be covered by any line: compare every such site with every line.
            Compare(context, "in all", sites, purchased.Electricity ?? zero, "all electricity lines");
        }
    }

    private static void Compare(CalculationContext context, string where, List<Inventory.DataCenterInput> sites, Quantity lines, string linesName)
    {
        var facility = sites.Skip(1).Aggregate(sites[0].Facility.Quantity, (sum, dc) => sum + dc.Facility.Quantity);
        if (facility <= lines)
        {
            return;
        }

        static string Mwh(Quantity q) => $"{DecimalText.Exact(q.As("MWh"))} MWh";
        var count = sites.Count == 1 ? "1 data center" : $"{sites.Count} data centers";
        context.Warn(new Warning(WarningCodes.DataCenterEnergyNotInScope2, WarningSeverity.Important, $"{count} {where} used {Mwh(facility)} of facility energy, counted as purchased electricity, but {linesName} total {Mwh(lines)}: " +
            $"{Mwh(facility - lines)} of data-center energy is in no scope-2 figure (scope 2 is computed from the electricity lines only). " +
            "Add it as electricity lines, or mark a site whose energy is not purchased electricity with \"purchasedElectricity\": false"));
    }
}
