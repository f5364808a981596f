using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Uncertainty;

/// <summary>
/// The inventory with its electricity, fuel and heat lines summed per (key, site, unit): every line of a kind shares one
/// drawn error, so a draw moves a group's sum exactly as it moves its lines, and 10,000 lines become a handful. Used for
/// the draws only, and only when it gives every figure exactly as the full inventory does (checked once).
/// </summary>
internal static class InventoryCollapse
{
    public static Inventory.Inventory Of(Inventory.Inventory inventory) => inventory with
    {
        Electricity = [.. inventory.Electricity.GroupBy(e => (e.Region, e.Site, e.Amount.Measurement.Unit.Symbol, Renewable: e.Renewable?.Measurement.Unit.Symbol))
            .Select(g => g.First() with { Amount = Sum(g.Select(e => e.Amount)), Renewable = g.First().Renewable is null ? null : Sum(g.Select(e => e.Renewable!)) })],
        Fuels = [.. inventory.Fuels.GroupBy(f => (f.Fuel, f.Region, f.Site, f.Amount.Measurement.Unit.Symbol))
            .Select(g => g.First() with { Amount = Sum(g.Select(f => f.Amount)) })],
        Heat = [.. inventory.Heat.GroupBy(h => (h.Site, h.Amount.Measurement.Unit.Symbol))
            .Select(g => g.First() with { Amount = Sum(g.Select(h => h.Amount)) })],
    };

    private static Amount Sum(IEnumerable<Amount> amounts)
    {
        Amount? first = null;
        var total = 0m;
        foreach (var amount in amounts)
        {
            first ??= amount;
            total += amount.Measurement.Value;
        }

        return new Amount(new Measurement(total, first!.Measurement.Unit), first.Path);
    }
}
