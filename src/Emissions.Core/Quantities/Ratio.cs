using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>The units a <see cref="Ratio"/> can be read in with <see cref="Ratio.As"/>.</summary>
public enum RatioUnit
{
    /// <summary>A plain number (0.08 for 8 %), the canonical form.</summary>
    DecimalFraction,
    /// <summary>The percent (%, 10⁻²).</summary>
    Percent,
    /// <summary>The per mille (‰, 10⁻³).</summary>
    PerMille,
}

/// <summary>A dimensionless ratio; "8 %" equals "0.08".</summary>
public readonly record struct Ratio : IQuantity<Ratio, RatioUnit>, IComparable<Ratio>
{
    private Ratio(decimal value) => DecimalFraction = value;

    /// <summary>No dimension: a ratio is a pure number, as a run-time <see cref="Quantity"/> too.</summary>
    public static Dimension Dimension => Dimension.None;

    /// <summary>The ratio as a decimal fraction (0.08 for 8 %): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal DecimalFraction { get; }

    /// <summary>The ratio in percent (8 for 0.08), exact.</summary>
    public decimal Percent => DecimalFraction * 100m;

    /// <summary>The ratio in per mille (5 for 0.005), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(RatioUnit.PerMille)</c>.</summary>
    public decimal PerMille => As(RatioUnit.PerMille);

    decimal IQuantity<Ratio, RatioUnit>.CanonicalValue => DecimalFraction;

    /// <summary>Makes a Ratio from its canonical value, a decimal fraction, the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The ratio as a decimal fraction.</param>
    public static Ratio FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="RatioUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="RatioUnit"/> value.</exception>
    public static string SymbolOf(RatioUnit unit) => unit switch
    {
        RatioUnit.DecimalFraction => "",
        RatioUnit.Percent => "%",
        RatioUnit.PerMille => "‰",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a ratio from a plain number: 0.08 for 8 %; stored as given.</summary>
    /// <param name="value">The ratio as a decimal fraction.</param>
    public static Ratio FromDecimalFraction(decimal value) => new(value);

    /// <summary>Makes a Ratio from a percentage (8 for 8 %, stored as 0.08); exact.</summary>
    /// <param name="value">The value in percent.</param>
    public static Ratio FromPercent(decimal value) => TypedQuantity.From<Ratio, RatioUnit>(value, RatioUnit.Percent);

    /// <summary>Makes a Ratio from a per-mille figure (5 for 5 ‰, stored as 0.005); exact.</summary>
    /// <param name="value">The value in per mille.</param>
    public static Ratio FromPerMille(decimal value) => TypedQuantity.From<Ratio, RatioUnit>(value, RatioUnit.PerMille);

    /// <summary>Reads a ratio as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a ratio unit in English or Chinese, e.g. "8 %", "0.08", "5 ‰"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Ratio Parse(string text) => TypedQuantity.Parse<Ratio, RatioUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a ratio.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The ratio read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a ratio.</returns>
    public static bool TryParse(string text, out Ratio result) => TypedQuantity.TryParse<Ratio, RatioUnit>(text, out result);

    /// <summary>The ratio in <paramref name="unit"/>, converted from a decimal fraction (0.08 for 8 %) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="RatioUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(RatioUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The ratio as a dimensionless run-time <see cref="Quantity"/>, the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => Quantity.Ratio(DecimalFraction);

    /// <summary>The product of two ratios (a share of a share), exact to decimal's 28 digits.</summary>
    /// <param name="a">The first ratio.</param>
    /// <param name="b">The second ratio.</param>
    /// <exception cref="QuantityException">The product is beyond decimal's range (code <c>overflow</c>).</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Multiply is the named alternative.")]
    public static Ratio operator *(Ratio a, Ratio b) => new(Arithmetic.Multiply(a.DecimalFraction, b.DecimalFraction));

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left ratio.</param>
    /// <param name="b">The right ratio.</param>
    public static bool operator <(Ratio a, Ratio b) => a.DecimalFraction < b.DecimalFraction;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left ratio.</param>
    /// <param name="b">The right ratio.</param>
    public static bool operator >(Ratio a, Ratio b) => a.DecimalFraction > b.DecimalFraction;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left ratio.</param>
    /// <param name="b">The right ratio.</param>
    public static bool operator <=(Ratio a, Ratio b) => a.DecimalFraction <= b.DecimalFraction;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left ratio.</param>
    /// <param name="b">The right ratio.</param>
    public static bool operator >=(Ratio a, Ratio b) => a.DecimalFraction >= b.DecimalFraction;

    /// <summary>The product of this ratio and <paramref name="other"/>; the named form of <c>*</c>.</summary>
    /// <param name="other">The ratio to multiply by.</param>
    /// <exception cref="OverflowException">The product is beyond decimal's range.</exception>
    public Ratio Multiply(Ratio other) => this * other;

    /// <summary>Orders ratios by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The ratio to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Ratio other) => DecimalFraction.CompareTo(other.DecimalFraction);

    /// <summary>The ratio as an exact plain number with trailing zeros trimmed ("0.08").</summary>
    public override string ToString() => DecimalText.Exact(DecimalFraction);
}
