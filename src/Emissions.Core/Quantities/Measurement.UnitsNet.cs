using System.Globalization;

namespace Emissions.Quantities;

/// <summary>
/// Interop with UnitsNet at the boundary of Core: a .NET caller holding UnitsNet quantities hands them over as
/// printed, and gets results back as UnitsNet quantities. UnitsNet stores a double, so the value crosses as the
/// shortest text that round-trips the double ("721117.23", not 721117.229999…), and on the way out a decimal
/// becomes the nearest double (docs/adr/0010-unitsnet-as-oracle-and-interop.md).
/// </summary>
public readonly partial record struct Measurement
{
    /// <summary>
    /// The measurement a UnitsNet quantity stands for, in the same unit: <c>UnitsNet.Energy.FromMegawattHours(721117.23)</c>
    /// is exactly 721117.23 MWh. A unit with no counterpart here (UnitsNet's thermochemical calorie, its US survey units …) is refused naming it.
    /// </summary>
    public static Measurement FromUnitsNet(UnitsNet.IQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        if (!UnitsNetUnits.TrySymbolOf(quantity.Unit, out var symbol))
        {
            throw new QuantityException(QuantityError.UnknownUnit,
                $"UnitsNet unit {quantity.QuantityInfo.Name}.{quantity.Unit} has no exact counterpart here; convert it to one of: {string.Join(", ", UnitsNetUnits.Shared.Where(r => r.UnitsNetUnit.GetType() == quantity.Unit.GetType()).Select(r => r.UnitsNetUnit))}");
        }

        var value = quantity.Value;
        decimal exact;
        if (value.IsDecimal)
        {
            exact = (decimal)value;
        }
        else
        {
            var number = (double)value;
            if (!double.IsFinite(number) || !decimal.TryParse(number.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out exact))
            {
                throw new QuantityException(QuantityError.Overflow, $"{number.ToString("R", CultureInfo.InvariantCulture)} {symbol} is too large for decimal (at most 7.9e28)");
            }
        }

        return new Measurement(exact, UnitCatalog.Get(symbol));
    }

    /// <summary>
    /// This measurement as a UnitsNet quantity: in the same unit when UnitsNet has it, else (万吨, 千瓦时 …) converted
    /// exactly to the kind's canonical unit first. CO2e, carbon, persons, currencies and the like have no UnitsNet quantity and are refused.
    /// </summary>
    public UnitsNet.IQuantity ToUnitsNet()
    {
        if (UnitsNetUnits.UnitsNetUnitOf(Unit) is { } same)
        {
            return UnitsNet.Quantity.From((double)Value, same);
        }

        if (UnitsNetUnits.SameKind(Unit) is { } kind)
        {
            return UnitsNet.Quantity.From((double)ConvertTo(kind.Ours).Value, kind.UnitsNetUnit);
        }

        throw new QuantityException(QuantityError.WrongKind, $"'{this}' is {Unit.Kind}, which UnitsNet has no quantity for");
    }
}
