using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>
/// Energy, stored exactly as joules. Its canonical value (as a <see cref="Quantity"/>) is kilowatt hours; every
/// energy unit (Wh, J, Btu, therm, toe, tce, kcal) is a terminating number of joules, so conversions between
/// energy units go through joules and stay exact where their ratio is ((1 + 2) GJ is exactly 3 GJ).
/// The price: at most 7.9e28 J (2.2e22 kWh).
/// </summary>
public readonly partial record struct Energy : IQuantity<Energy, EnergyUnit>, IComparable<Energy>
{
    private static readonly Unit JouleUnit = UnitCatalog.Get("J");

    private Energy(decimal joules) => Joules = joules;

    public static Dimension Dimension => Dimension.EnergyDim;

    public static Energy Zero => default;

    public decimal Joules { get; }

    public decimal KilowattHours => Joules / 3_600_000m;

    /// <summary>The energy in kJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Kilojoule)</c>.</summary>
    public decimal Kilojoules => As(EnergyUnit.Kilojoule);

    /// <summary>The energy in MJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Megajoule)</c>.</summary>
    public decimal Megajoules => As(EnergyUnit.Megajoule);

    /// <summary>The energy in GJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Gigajoule)</c>.</summary>
    public decimal Gigajoules => As(EnergyUnit.Gigajoule);

    /// <summary>The energy in TJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Terajoule)</c>.</summary>
    public decimal Terajoules => As(EnergyUnit.Terajoule);

    /// <summary>The energy in Wh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.WattHour)</c>.</summary>
    public decimal WattHours => As(EnergyUnit.WattHour);

    /// <summary>The energy in MWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.MegawattHour)</c>.</summary>
    public decimal MegawattHours => As(EnergyUnit.MegawattHour);

    /// <summary>The energy in GWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.GigawattHour)</c>.</summary>
    public decimal GigawattHours => As(EnergyUnit.GigawattHour);

    /// <summary>The energy in TWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.TerawattHour)</c>.</summary>
    public decimal TerawattHours => As(EnergyUnit.TerawattHour);

    decimal IQuantity<Energy, EnergyUnit>.CanonicalValue => KilowattHours;

    public static Energy FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 3_600_000m));

    public static string SymbolOf(EnergyUnit unit) => unit switch
    {
        EnergyUnit.Joule => "J",
        EnergyUnit.Kilojoule => "kJ",
        EnergyUnit.Megajoule => "MJ",
        EnergyUnit.Gigajoule => "GJ",
        EnergyUnit.Terajoule => "TJ",
        EnergyUnit.WattHour => "Wh",
        EnergyUnit.KilowattHour => "kWh",
        EnergyUnit.MegawattHour => "MWh",
        EnergyUnit.GigawattHour => "GWh",
        EnergyUnit.TerawattHour => "TWh",
        EnergyUnit.BritishThermalUnit => "Btu",
        EnergyUnit.MillionBritishThermalUnits => "MMBtu",
        EnergyUnit.Therm => "therm",
        EnergyUnit.ThermUs => "therm(US)",
        EnergyUnit.TonneOfOilEquivalent => "toe",
        EnergyUnit.KilogramOfCoalEquivalent => "kgce",
        EnergyUnit.TonneOfCoalEquivalent => "tce",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Energy From(decimal value, EnergyUnit unit) =>
        new(TypedQuantity.UnitOf<Energy, EnergyUnit>(unit).ConvertTo(value, JouleUnit));

    public static Energy FromJoules(decimal value) => From(value, EnergyUnit.Joule);

    public static Energy FromKilojoules(decimal value) => From(value, EnergyUnit.Kilojoule);

    public static Energy FromMegajoules(decimal value) => From(value, EnergyUnit.Megajoule);

    public static Energy FromGigajoules(decimal value) => From(value, EnergyUnit.Gigajoule);

    public static Energy FromTerajoules(decimal value) => From(value, EnergyUnit.Terajoule);

    public static Energy FromKilowattHours(decimal value) => From(value, EnergyUnit.KilowattHour);

    public static Energy FromMegawattHours(decimal value) => From(value, EnergyUnit.MegawattHour);

    public static Energy FromGigawattHours(decimal value) => From(value, EnergyUnit.GigawattHour);

    public static Energy FromTonnesOfCoalEquivalent(decimal value) => From(value, EnergyUnit.TonneOfCoalEquivalent);

    public static Energy Parse(string text)
    {
        var measurement = Measurement.Parse(text, Dimension);
        return new(measurement.Unit.ConvertTo(measurement.Value, JouleUnit));
    }

    public static bool TryParse(string text, out Energy result)
    {
        try
        {
            result = Parse(text);
            return true;
        }
        catch (QuantityException)
        {
            result = default;
            return false;
        }
    }

    public static Energy FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Energy, EnergyUnit>(quantity);

    public decimal As(EnergyUnit unit) => JouleUnit.ConvertTo(Joules, TypedQuantity.UnitOf<Energy, EnergyUnit>(unit));

    public Measurement ToUnit(EnergyUnit unit) => new(As(unit), TypedQuantity.UnitOf<Energy, EnergyUnit>(unit));

    public Quantity ToQuantity() => new(KilowattHours, Dimension);

    public static Energy operator +(Energy a, Energy b) => new(Arithmetic.Add(a.Joules, b.Joules));

    public static Energy operator -(Energy a, Energy b) => new(Arithmetic.Subtract(a.Joules, b.Joules));

    public static Energy operator *(Energy a, decimal factor) => new(Arithmetic.Multiply(a.Joules, factor));

    public static Energy operator *(decimal factor, Energy a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Energy a, Energy b) => b.Joules == 0m
        ? throw new QuantityException(QuantityError.DivisionByZero, "division by a zero Energy")
        : Ratio.FromDecimalFraction(Arithmetic.Divide(a.Joules, b.Joules));

    public static bool operator <(Energy a, Energy b) => a.Joules < b.Joules;

    public static bool operator >(Energy a, Energy b) => a.Joules > b.Joules;

    public static bool operator <=(Energy a, Energy b) => a.Joules <= b.Joules;

    public static bool operator >=(Energy a, Energy b) => a.Joules >= b.Joules;

    public Energy Add(Energy other) => this + other;

    public Energy Subtract(Energy other) => this - other;

    public Energy Multiply(decimal factor) => this * factor;

    public int CompareTo(Energy other) => Joules.CompareTo(other.Joules);

    public override string ToString() => ToUnit(EnergyUnit.MegawattHour).ToExactString();
}
