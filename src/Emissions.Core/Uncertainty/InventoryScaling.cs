using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Uncertainty;

/// <summary>
/// An inventory with one kind of activity data multiplied by one factor: every line of the kind, as one shared error
/// moves them (<see cref="InputUncertainty"/>). The copy's lists are new, so the calculation builds its columns afresh.
/// </summary>
internal static class InventoryScaling
{
    /// <summary>Whether <paramref name="inventory"/> has any data of kind <paramref name="input"/> (only those become sources).</summary>
    public static bool Has(Inventory.Inventory inventory, string input) => input switch
    {
        UncertaintyInputs.Electricity => inventory.Electricity.Count > 0,
        UncertaintyInputs.Heat => inventory.Heat.Count > 0,
        UncertaintyInputs.Fuels => inventory.Fuels.Count > 0,
        UncertaintyInputs.Refrigerants => inventory.Refrigerants.Count > 0,
        UncertaintyInputs.Waste => inventory.Waste.Count > 0,
        UncertaintyInputs.Water => inventory.Water.Withdrawal is not null || inventory.Water.Discharge is not null,
        UncertaintyInputs.Headcount => inventory.Headcount is not null,
        UncertaintyInputs.Revenue => inventory.Revenue is not null,
        UncertaintyInputs.FloorArea => inventory.FloorArea is not null,
        _ => false,
    };

    public static Inventory.Inventory Scale(Inventory.Inventory inventory, string input, decimal by) => input switch
    {
        // The renewable part of a line is part of the metered amount: a meter that reads 2 % high reads both 2 % high.
        UncertaintyInputs.Electricity => inventory with { Electricity = [.. inventory.Electricity.Select(e => e with { Amount = Times(e.Amount, by), Renewable = TimesOrNull(e.Renewable, by) })] },
        UncertaintyInputs.Heat => inventory with { Heat = [.. inventory.Heat.Select(h => h with { Amount = Times(h.Amount, by) })] },
        UncertaintyInputs.Fuels => inventory with { Fuels = [.. inventory.Fuels.Select(f => f with { Amount = Times(f.Amount, by) })] },
        UncertaintyInputs.Refrigerants => inventory with { Refrigerants = [.. inventory.Refrigerants.Select(r => r with { Released = Times(r.Released, by) })] },
        UncertaintyInputs.Waste => inventory with { Waste = [.. inventory.Waste.Select(w => w with { Amount = Times(w.Amount, by) })] },
        UncertaintyInputs.Water => inventory with { Water = new WaterInput(TimesOrNull(inventory.Water.Withdrawal, by), TimesOrNull(inventory.Water.Discharge, by)) },
        UncertaintyInputs.Headcount => inventory with { Headcount = TimesOrNull(inventory.Headcount, by) },
        UncertaintyInputs.Revenue => inventory with { Revenue = TimesOrNull(inventory.Revenue, by) },
        UncertaintyInputs.FloorArea => inventory with { FloorArea = TimesOrNull(inventory.FloorArea, by) },
        _ => throw new ArgumentOutOfRangeException(nameof(input), input, "not a kind of activity data"),
    };

    private static Amount? TimesOrNull(Amount? amount, decimal by) => amount is null ? null : Times(amount, by);

    private static Amount Times(Amount amount, decimal by)
    {
        try
        {
            return new Amount(new Measurement(amount.Measurement.Value * by, amount.Measurement.Unit), amount.Path);
        }
        catch (OverflowException)
        {
            throw Arithmetic.Overflow();
        }
    }
}
