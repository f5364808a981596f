using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// Purchased electricity and heat summed in one pass over their lines: electricity per grid region
/// (with its renewable part), heat in all. Every figure that needs these sums — energy, scope 2
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

    public static PurchasedEnergySums Of(Inventory.Inventory inventory)
    {
        var regions = new Dictionary<string, RegionLines>(StringComparer.Ordinal);
        var order = new List<RegionLines>();
        var anyRenewable = false;
        foreach (var line in inventory.Electricity)
        {
            if (!regions.TryGetValue(line.Region, out var lines))
            {
                lines = new RegionLines(line);
                regions[line.Region] = lines;
                order.Add(lines);
            }

            lines.Energy.Add(line.Amount.Measurement);
            if (line.Renewable is not null)
            {
                lines.Renewable.Add(line.Renewable.Measurement);
                anyRenewable = true;
            }
        }

        AmountSum? heat = null;
        foreach (var line in inventory.Heat)
        {
            (heat ??= new AmountSum()).Add(line.Amount.Measurement);
        }

        return new PurchasedEnergySums([.. order.Select(r => new Region(r.First, r.Energy.Total(Dimension.EnergyDim), r.Renewable.Total(Dimension.EnergyDim)))], heat, anyRenewable);
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
