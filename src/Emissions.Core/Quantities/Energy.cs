using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Energy, stored exactly as kilowatt hours (its canonical unit).</summary>
public readonly partial record struct Energy : IQuantity<Energy, EnergyUnit>, IComparable<Energy>
{
    private Energy(decimal canonical) => KilowattHours = canonical;

    public static Dimension Dimension => Dimension.EnergyDim;

    public static Energy Zero => default;

    public decimal KilowattHours { get; }

    decimal IQuantity<Energy, EnergyUnit>.CanonicalValue => KilowattHours;

    public static Energy FromCanonical(decimal canonicalValue) => new(canonicalValue);

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

    public static Energy From(decimal value, EnergyUnit unit) => TypedQuantity.From<Energy, EnergyUnit>(value, unit);

    public static Energy FromJoules(decimal value) => From(value, EnergyUnit.Joule);

    public static Energy FromKilojoules(decimal value) => From(value, EnergyUnit.Kilojoule);

    public static Energy FromMegajoules(decimal value) => From(value, EnergyUnit.Megajoule);

    public static Energy FromGigajoules(decimal value) => From(value, EnergyUnit.Gigajoule);

    public static Energy FromTerajoules(decimal value) => From(value, EnergyUnit.Terajoule);

    public static Energy FromKilowattHours(decimal value) => From(value, EnergyUnit.KilowattHour);

    public static Energy FromMegawattHours(decimal value) => From(value, EnergyUnit.MegawattHour);

    public static Energy FromGigawattHours(decimal value) => From(value, EnergyUnit.GigawattHour);

    public static Energy FromTonnesOfCoalEquivalent(decimal value) => From(value, EnergyUnit.TonneOfCoalEquivalent);

    public static Energy Parse(string text) => TypedQuantity.Parse<Energy, EnergyUnit>(text);

    public static bool TryParse(string text, out Energy result) => TypedQuantity.TryParse<Energy, EnergyUnit>(text, out result);

    public static Energy FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Energy, EnergyUnit>(quantity);

    public decimal As(EnergyUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(EnergyUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(KilowattHours, Dimension);

    public static Energy operator +(Energy a, Energy b) => new(Arithmetic.Add(a.KilowattHours, b.KilowattHours));

    public static Energy operator -(Energy a, Energy b) => new(Arithmetic.Subtract(a.KilowattHours, b.KilowattHours));

    public static Energy operator *(Energy a, decimal factor) => new(Arithmetic.Multiply(a.KilowattHours, factor));

    public static Energy operator *(decimal factor, Energy a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Energy a, Energy b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Energy a, Energy b) => a.KilowattHours < b.KilowattHours;

    public static bool operator >(Energy a, Energy b) => a.KilowattHours > b.KilowattHours;

    public static bool operator <=(Energy a, Energy b) => a.KilowattHours <= b.KilowattHours;

    public static bool operator >=(Energy a, Energy b) => a.KilowattHours >= b.KilowattHours;

    public Energy Add(Energy other) => this + other;

    public Energy Subtract(Energy other) => this - other;

    public Energy Multiply(decimal factor) => this * factor;

    public int CompareTo(Energy other) => KilowattHours.CompareTo(other.KilowattHours);

    public override string ToString() => TypedQuantity.Format(this, EnergyUnit.MegawattHour);
}
