using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Co2e, stored exactly as KilogramsCo2e (its canonical unit).</summary>
public readonly partial record struct Co2e : IQuantity<Co2e, Co2eUnit>, IComparable<Co2e>
{
    private Co2e(decimal canonical) => KilogramsCo2e = canonical;

    public static Dimension Dimension => Dimension.Co2eDim;

    public static Co2e Zero => default;

    public decimal KilogramsCo2e { get; }

    decimal IQuantity<Co2e, Co2eUnit>.CanonicalValue => KilogramsCo2e;

    public static Co2e FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(Co2eUnit unit) => unit switch
    {
        Co2eUnit.GramCo2e => "gCO2e",
        Co2eUnit.KilogramCo2e => "kgCO2e",
        Co2eUnit.TonneCo2e => "tCO2e",
        Co2eUnit.KilotonneCo2e => "ktCO2e",
        Co2eUnit.MegatonneCo2e => "MtCO2e",
        Co2eUnit.PoundCo2e => "lbCO2e",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Co2e From(decimal value, Co2eUnit unit) => TypedQuantity.From<Co2e, Co2eUnit>(value, unit);

    public static Co2e FromKilogramsCo2e(decimal value) => From(value, Co2eUnit.KilogramCo2e);

    public static Co2e FromTonnesCo2e(decimal value) => From(value, Co2eUnit.TonneCo2e);

    public static Co2e Parse(string text) => TypedQuantity.Parse<Co2e, Co2eUnit>(text);

    public static bool TryParse(string text, out Co2e result) => TypedQuantity.TryParse<Co2e, Co2eUnit>(text, out result);

    public static Co2e FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Co2e, Co2eUnit>(quantity);

    public decimal As(Co2eUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(Co2eUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(KilogramsCo2e, Dimension);

    public static Co2e operator +(Co2e a, Co2e b) => new(Arithmetic.Add(a.KilogramsCo2e, b.KilogramsCo2e));

    public static Co2e operator -(Co2e a, Co2e b) => new(Arithmetic.Subtract(a.KilogramsCo2e, b.KilogramsCo2e));

    public static Co2e operator *(Co2e a, decimal factor) => new(Arithmetic.Multiply(a.KilogramsCo2e, factor));

    public static Co2e operator *(decimal factor, Co2e a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Co2e a, Co2e b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Co2e a, Co2e b) => a.KilogramsCo2e < b.KilogramsCo2e;

    public static bool operator >(Co2e a, Co2e b) => a.KilogramsCo2e > b.KilogramsCo2e;

    public static bool operator <=(Co2e a, Co2e b) => a.KilogramsCo2e <= b.KilogramsCo2e;

    public static bool operator >=(Co2e a, Co2e b) => a.KilogramsCo2e >= b.KilogramsCo2e;

    public Co2e Add(Co2e other) => this + other;

    public Co2e Subtract(Co2e other) => this - other;

    public Co2e Multiply(decimal factor) => this * factor;

    public int CompareTo(Co2e other) => KilogramsCo2e.CompareTo(other.KilogramsCo2e);

    public override string ToString() => TypedQuantity.Format(this, Co2eUnit.TonneCo2e);
}
