using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

public enum RatioUnit
{
    DecimalFraction,
    Percent,
    PerMille,
}

/// <summary>A dimensionless ratio; "8 %" equals "0.08".</summary>
public readonly record struct Ratio : IQuantity<Ratio, RatioUnit>, IComparable<Ratio>
{
    private Ratio(decimal value) => DecimalFraction = value;

    public static Dimension Dimension => Dimension.None;

    public decimal DecimalFraction { get; }

    public decimal Percent => DecimalFraction * 100m;

    decimal IQuantity<Ratio, RatioUnit>.CanonicalValue => DecimalFraction;

    public static Ratio FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(RatioUnit unit) => unit switch
    {
        RatioUnit.DecimalFraction => "",
        RatioUnit.Percent => "%",
        RatioUnit.PerMille => "‰",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Ratio FromDecimalFraction(decimal value) => new(value);

    public static Ratio FromPercent(decimal value) => TypedQuantity.From<Ratio, RatioUnit>(value, RatioUnit.Percent);

    public static Ratio Parse(string text) => TypedQuantity.Parse<Ratio, RatioUnit>(text);

    public static bool TryParse(string text, out Ratio result) => TypedQuantity.TryParse<Ratio, RatioUnit>(text, out result);

    public decimal As(RatioUnit unit) => TypedQuantity.As(this, unit);

    public Quantity ToQuantity() => Quantity.Ratio(DecimalFraction);

    [SuppressMessage("Usage", "CA2225", Justification = "Multiply is the named alternative.")]
    public static Ratio operator *(Ratio a, Ratio b) => new(a.DecimalFraction * b.DecimalFraction);

    public static bool operator <(Ratio a, Ratio b) => a.DecimalFraction < b.DecimalFraction;

    public static bool operator >(Ratio a, Ratio b) => a.DecimalFraction > b.DecimalFraction;

    public static bool operator <=(Ratio a, Ratio b) => a.DecimalFraction <= b.DecimalFraction;

    public static bool operator >=(Ratio a, Ratio b) => a.DecimalFraction >= b.DecimalFraction;

    public Ratio Multiply(Ratio other) => this * other;

    public int CompareTo(Ratio other) => DecimalFraction.CompareTo(other.DecimalFraction);

    public override string ToString() => DecimalText.Exact(DecimalFraction);
}
