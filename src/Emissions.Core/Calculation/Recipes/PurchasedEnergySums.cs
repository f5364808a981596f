using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>
/// Purchased electricity and heat summed in one pass over their amount columns: electricity per grid region
/// (with its renewable part), heat in all, each in its written units. Every figure that needs these sums — energy, scope 2
/// location- and market-based, standard coal — reads them here instead of walking the lines again.
/// </summary>
internal sealed class PurchasedEnergySums
{
    private PurchasedEnergySums(IReadOnlyList<Region> regions, AmountSum? heat, bool anyRenewable)
    {
        Regions = regions;
        Heat = heat?.Total(Dimension.EnergyDim);
        AnyRenewable = anyRenewable;
        if (regions.Count > 0)
        {
            var electricity = regions[0].Energy;
            var renewable = regions[0].Renewable;
            for (var i = 1; i < regions.Count; i++)
            {
                electricity += regions[i].Energy;
                renewable += regions[i].Renewable;
            }

            Electricity = electricity;
            Renewable = renewable;
        }
    }

    /// <summary>Grid regions in order of their first line.</summary>
    public IReadOnlyList<Region> Regions { get; }

    /// <summary>Σ electricity lines; null when there are none.</summary>
    public Quantity? Electricity { get; }

    /// <summary>Σ renewable parts of the electricity lines (zero when none has one).</summary>
    public Quantity? Renewable { get; }

    public bool AnyRenewable { get; }

    /// <summary>Σ heat lines; null when there are none.</summary>
    public Quantity? Heat { get; }

    public static PurchasedEnergySums Of(Inventory.Inventory inventory, InventoryColumns columns)
    {
        var regions = new Dictionary<string, RegionLines>(StringComparer.Ordinal);
        var order = new List<RegionLines>();
        var electricity = columns.Electricity.SumByGroup();
        for (var g = 0; g < electricity.Length; g++)
        {
            var group = columns.Electricity.Groups[g];
            if (!regions.TryGetValue(group.Key!, out var lines))
            {
                lines = new RegionLines(inventory.Electricity[group.FirstLine]);
                regions[group.Key!] = lines;
                order.Add(lines);
            }

            lines.Energy.Add(new Measurement(electricity[g], group.Unit));
        }

        var renewable = columns.Renewable.SumByGroup();
        for (var g = 0; g < renewable.Length; g++)
        {
            var group = columns.Renewable.Groups[g];
            regions[group.Key!].Renewable.Add(new Measurement(renewable[g], group.Unit));
        }

        AmountSum? heat = null;
        var heatSums = columns.Heat.SumByGroup();
        for (var g = 0; g < heatSums.Length; g++)
        {
            (heat ??= new AmountSum()).Add(new Measurement(heatSums[g], columns.Heat.Groups[g].Unit));
        }

        return new PurchasedEnergySums([.. order.Select(r => new Region(r.First, r.Energy.Total(Dimension.EnergyDim), r.Renewable.Total(Dimension.EnergyDim)))], heat, renewable.Length > 0);
    }

    /// <summary>A grid region's electricity: its first line (whose path names a factor the set lacks), energy and renewable part.</summary>
    public sealed record Region(ElectricityInput First, Quantity Energy, Quantity Renewable);

    private sealed class RegionLines(ElectricityInput first)
    {
        public ElectricityInput First { get; } = first;

        public AmountSum Energy { get; } = new();

        public AmountSum Renewable { get; } = new();
    }
}
