using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Mass, stored exactly as Kilograms (its canonical unit).</summary>
public readonly partial record struct Mass : IQuantity<Mass, MassUnit>, IComparable<Mass>
{
    private Mass(decimal canonical) => Kilograms = canonical;

    public static Dimension Dimension => Dimension.MassDim;

    public static Mass Zero => default;

    public decimal Kilograms { get; }

    /// <summary>The mass in g, exact (decimal); the same as <c>As(MassUnit.Gram)</c>.</summary>
    public decimal Grams => As(MassUnit.Gram);

    /// <summary>The mass in t (metric tonnes), exact (decimal); the same as <c>As(MassUnit.Tonne)</c>.</summary>
    public decimal Tonnes => As(MassUnit.Tonne);

    /// <summary>The mass in kt, exact (decimal); the same as <c>As(MassUnit.Kilotonne)</c>.</summary>
    public decimal Kilotonnes => As(MassUnit.Kilotonne);

    /// <summary>The mass in Mt, exact (decimal); the same as <c>As(MassUnit.Megatonne)</c>.</summary>
    public decimal Megatonnes => As(MassUnit.Megatonne);

    /// <summary>The mass in lb (avoirdupois pounds, 0.45359237 kg), exact (decimal); the same as <c>As(MassUnit.Pound)</c>.</summary>
    public decimal Pounds => As(MassUnit.Pound);

    /// <summary>The mass in short tons (2,000 lb), exact (decimal); the same as <c>As(MassUnit.ShortTon)</c>.</summary>
    public decimal ShortTons => As(MassUnit.ShortTon);

    decimal IQuantity<Mass, MassUnit>.CanonicalValue => Kilograms;

    public static Mass FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(MassUnit unit) => unit switch
    {
        MassUnit.Gram => "g",
        MassUnit.Kilogram => "kg",
        MassUnit.Tonne => "t",
        MassUnit.Kilotonne => "kt",
        MassUnit.Megatonne => "Mt",
        MassUnit.Pound => "lb",
        MassUnit.ShortTon => "short-ton",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Mass From(decimal value, MassUnit unit) => TypedQuantity.From<Mass, MassUnit>(value, unit);

    public static Mass FromGrams(decimal value) => From(value, MassUnit.Gram);

    public static Mass FromKilograms(decimal value) => From(value, MassUnit.Kilogram);

    public static Mass FromTonnes(decimal value) => From(value, MassUnit.Tonne);

    public static Mass FromPounds(decimal value) => From(value, MassUnit.Pound);

    public static Mass Parse(string text) => TypedQuantity.Parse<Mass, MassUnit>(text);

    public static bool TryParse(string text, out Mass result) => TypedQuantity.TryParse<Mass, MassUnit>(text, out result);

    public static Mass FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Mass, MassUnit>(quantity);

    public decimal As(MassUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(MassUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(Kilograms, Dimension);

    public static Mass operator +(Mass a, Mass b) => new(Arithmetic.Add(a.Kilograms, b.Kilograms));

    public static Mass operator -(Mass a, Mass b) => new(Arithmetic.Subtract(a.Kilograms, b.Kilograms));

    public static Mass operator *(Mass a, decimal factor) => new(Arithmetic.Multiply(a.Kilograms, factor));

    public static Mass operator *(decimal factor, Mass a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Mass a, Mass b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Mass a, Mass b) => a.Kilograms < b.Kilograms;

    public static bool operator >(Mass a, Mass b) => a.Kilograms > b.Kilograms;

    public static bool operator <=(Mass a, Mass b) => a.Kilograms <= b.Kilograms;

    public static bool operator >=(Mass a, Mass b) => a.Kilograms >= b.Kilograms;

    public Mass Add(Mass other) => this + other;

    public Mass Subtract(Mass other) => this - other;

    public Mass Multiply(decimal factor) => this * factor;

    public int CompareTo(Mass other) => Kilograms.CompareTo(other.Kilograms);

    public override string ToString() => TypedQuantity.Format(this, MassUnit.Tonne);
}
