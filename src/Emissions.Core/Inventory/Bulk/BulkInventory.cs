using Emissions.Quantities;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// An inventory whose electricity, heat and fuel lines come from a bulk file: each group of rows that share every
/// factor becomes one line whose amount is the group's exact sum and whose path says which rows it sums (so a trace
/// lists 4 lines for 10⁸ rows, each naming its row count, first and last row and periods). The calculation then
/// multiplies each sum by its factors once, as it does for lines of one group (ADR 0008), so the figures equal those
/// of the same rows given as JSON lines.
/// </summary>
internal static class BulkInventory
{
    /// <summary>
    /// <paramref name="inventory"/> (the organisation's own data: period, factor set, headcount, any JSON lines) with the
    /// groups of <paramref name="sums"/> appended to its lines. Without a period of its own, an inventory whose rows'
    /// periods all fall in one year takes that year.
    /// </summary>
    public static Inventory With(Inventory inventory, BulkActivitySums sums, string source)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(sums);
        var electricity = new List<ElectricityInput>(inventory.Electricity);
        var heat = new List<HeatInput>(inventory.Heat);
        var fuels = new List<FuelInput>(inventory.Fuels);
        foreach (var group in sums.Groups)
        {
            var path = group.Describe(source);
            var amount = new Amount(group.Total, path);
            switch (group.Kind)
            {
                case BulkKind.Electricity:
                    electricity.Add(new ElectricityInput(amount, group.Region!, null, null, path));
                    break;
                case BulkKind.Heat:
                    heat.Add(new HeatInput(amount, null, path));
                    break;
                default:
                    fuels.Add(new FuelInput(group.Fuel!, amount, null, path, group.Region));
                    break;
            }
        }

        return inventory with
        {
            Period = inventory.Period ?? CommonYear(sums.Groups),
            Electricity = electricity,
            Heat = heat,
            Fuels = fuels,
            ReadingNotes = [.. inventory.ReadingNotes, .. sums.Notes.Select(n => $"{source}: {n}")],
        };
    }

    /// <summary>An inventory of nothing but bulk rows: no organisation data, the period from the rows when they share a year.</summary>
    public static Inventory Empty { get; } = new(null, null, null, null, null, HeadcountBasis.YearEnd, null, null, [], [], [], [], [], new WaterInput(null, null), [], [],
        new Dictionary<string, Amount>(StringComparer.Ordinal));

    private static string? CommonYear(IReadOnlyList<BulkGroup> groups)
    {
        string? year = null;
        foreach (var group in groups)
        {
            if (group.FirstPeriod is not { } first || group.LastPeriod is not { } last || !string.Equals(first[..4], last[..4], StringComparison.Ordinal))
            {
                return null;
            }

            if (year is not null && !string.Equals(year, first[..4], StringComparison.Ordinal))
            {
                return null;
            }

            year = first[..4];
        }

        return year;
    }
}
