using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Power, stored exactly as watts; its canonical value (as a <see cref="Quantity"/>) is kilowatts, energy's kWh per hour.</summary>
public readonly partial record struct Power : IQuantity<Power, PowerUnit>, IComparable<Power>
{
    private Power(decimal canonical) => Watts = canonical;

    public static Dimension Dimension => Dimension.PowerDim;

    public static Power Zero => default;

    public decimal Watts { get; }

    public decimal Kilowatts => Watts / 1000m;

    decimal IQuantity<Power, PowerUnit>.CanonicalValue => Kilowatts;

    public static Power FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 1000m));

    public static string SymbolOf(PowerUnit unit) => unit switch
    {
        PowerUnit.Watt => "W",
        PowerUnit.Kilowatt => "kW",
        PowerUnit.Megawatt => "MW",
        PowerUnit.Gigawatt => "GW",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Power From(decimal value, PowerUnit unit) => TypedQuantity.From<Power, PowerUnit>(value, unit);

    public static Power FromWatts(decimal value) => From(value, PowerUnit.Watt);

    public static Power FromKilowatts(decimal value) => From(value, PowerUnit.Kilowatt);

    public static Power FromMegawatts(decimal value) => From(value, PowerUnit.Megawatt);

    public static Power Parse(string text) => TypedQuantity.Parse<Power, PowerUnit>(text);

    public static bool TryParse(string text, out Power result) => TypedQuantity.TryParse<Power, PowerUnit>(text, out result);

    public static Power FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Power, PowerUnit>(quantity);

    public decimal As(PowerUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(PowerUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(Kilowatts, Dimension);

    public static Power operator +(Power a, Power b) => new(Arithmetic.Add(a.Watts, b.Watts));

    public static Power operator -(Power a, Power b) => new(Arithmetic.Subtract(a.Watts, b.Watts));

    public static Power operator *(Power a, decimal factor) => new(Arithmetic.Multiply(a.Watts, factor));

    public static Power operator *(decimal factor, Power a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Power a, Power b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Power a, Power b) => a.Watts < b.Watts;

    public static bool operator >(Power a, Power b) => a.Watts > b.Watts;

    public static bool operator <=(Power a, Power b) => a.Watts <= b.Watts;

    public static bool operator >=(Power a, Power b) => a.Watts >= b.Watts;

    public Power Add(Power other) => this + other;

    public Power Subtract(Power other) => this - other;

    public Power Multiply(decimal factor) => this * factor;

    public int CompareTo(Power other) => Watts.CompareTo(other.Watts);

    public override string ToString() => TypedQuantity.Format(this, PowerUnit.Kilowatt);
}
