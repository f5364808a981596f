using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Area, stored exactly as SquareMetres (its canonical unit).</summary>
public readonly partial record struct Area : IQuantity<Area, AreaUnit>, IComparable<Area>
{
    private Area(decimal canonical) => SquareMetres = canonical;

    /// <summary>The dimension every Area has; a run-time <see cref="Quantity"/> must carry it to be read as a Area (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.AreaDim;

    /// <summary>Zero area (0 m²), the same as <c>default</c>.</summary>
    public static Area Zero => default;

    /// <summary>The area in square metres (m²): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal SquareMetres { get; }

    /// <summary>The area in units of the square kilometre (km², 10⁶ m²), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(AreaUnit.SquareKilometre)</c>.</summary>
    public decimal SquareKilometres => As(AreaUnit.SquareKilometre);

    /// <summary>The area in units of the hectare (ha, 10⁴ m²), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(AreaUnit.Hectare)</c>.</summary>
    public decimal Hectares => As(AreaUnit.Hectare);

    /// <summary>The area in units of the square foot (ft², exactly 0.09290304 m²), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(AreaUnit.SquareFoot)</c>.</summary>
    public decimal SquareFeet => As(AreaUnit.SquareFoot);

    decimal IQuantity<Area, AreaUnit>.CanonicalValue => SquareMetres;

    /// <summary>Makes an Area from its canonical value in square metres (m²), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in square metres (m²).</param>
    public static Area FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="AreaUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="AreaUnit"/> value.</exception>
    public static string SymbolOf(AreaUnit unit) => unit switch
    {
        AreaUnit.SquareMetre => "m²",
        AreaUnit.SquareKilometre => "km²",
        AreaUnit.Hectare => "ha",
        AreaUnit.Mu => "mu",
        AreaUnit.SquareFoot => "ft²",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes an Area from a value in <paramref name="unit"/>, converted exactly to square metres (m²) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="AreaUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area From(decimal value, AreaUnit unit) => TypedQuantity.From<Area, AreaUnit>(value, unit);

    /// <summary>Makes an Area from a number of square metres, the square metre (m²; 平方米), the canonical area unit; exact, the same as <c>From(value, AreaUnit.SquareMetre)</c>.</summary>
    /// <param name="value">The value in square metres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area FromSquareMetres(decimal value) => From(value, AreaUnit.SquareMetre);

    /// <summary>Makes an Area from a number of hectares, the hectare (ha, 10⁴ m²); exact, the same as <c>From(value, AreaUnit.Hectare)</c>.</summary>
    /// <param name="value">The value in hectares.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area FromHectares(decimal value) => From(value, AreaUnit.Hectare);

    /// <summary>Makes an Area from a number of mu, the mu (亩, 10,000/15 m² exactly, so 15 mu = 1 ha); UnitsNet has no counterpart; exact, the same as <c>From(value, AreaUnit.Mu)</c>.</summary>
    /// <param name="value">The value in mu.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area FromMu(decimal value) => From(value, AreaUnit.Mu);

    /// <summary>Makes an Area from a number of square feet, the square foot (ft², exactly 0.09290304 m²); exact, the same as <c>From(value, AreaUnit.SquareFoot)</c>.</summary>
    /// <param name="value">The value in square feet.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area FromSquareFeet(decimal value) => From(value, AreaUnit.SquareFoot);

    /// <summary>Makes an Area from a number of square kilometres, the square kilometre (km², 10⁶ m²); exact, the same as <c>From(value, AreaUnit.SquareKilometre)</c>.</summary>
    /// <param name="value">The value in square kilometres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area FromSquareKilometres(decimal value) => From(value, AreaUnit.SquareKilometre);

    /// <summary>Reads an area as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and an area unit in English or Chinese, e.g. "36,861 m²", "55.2915 亩"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Area Parse(string text) => TypedQuantity.Parse<Area, AreaUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not an area.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The area read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as an area.</returns>
    public static bool TryParse(string text, out Area result) => TypedQuantity.TryParse<Area, AreaUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Area, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is area.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Area FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Area, AreaUnit>(quantity);

    /// <summary>The area in <paramref name="unit"/>, converted from square metres (m²) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="AreaUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(AreaUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The area as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="AreaUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(AreaUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The area as a run-time <see cref="Quantity"/> in square metres (m²), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(SquareMetres, Dimension);

    /// <summary>The exact sum of two areas.</summary>
    /// <param name="a">The first area.</param>
    /// <param name="b">The second area.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area operator +(Area a, Area b) => new(Arithmetic.Add(a.SquareMetres, b.SquareMetres));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The area subtracted from.</param>
    /// <param name="b">The area subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area operator -(Area a, Area b) => new(Arithmetic.Subtract(a.SquareMetres, b.SquareMetres));

    /// <summary>The area scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The area.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area operator *(Area a, decimal factor) => new(Arithmetic.Multiply(a.SquareMetres, factor));

    /// <summary>The area scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The area.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Area operator *(decimal factor, Area a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Area a, Area b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left area.</param>
    /// <param name="b">The right area.</param>
    public static bool operator <(Area a, Area b) => a.SquareMetres < b.SquareMetres;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left area.</param>
    /// <param name="b">The right area.</param>
    public static bool operator >(Area a, Area b) => a.SquareMetres > b.SquareMetres;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left area.</param>
    /// <param name="b">The right area.</param>
    public static bool operator <=(Area a, Area b) => a.SquareMetres <= b.SquareMetres;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left area.</param>
    /// <param name="b">The right area.</param>
    public static bool operator >=(Area a, Area b) => a.SquareMetres >= b.SquareMetres;

    /// <summary>The exact sum of this area and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The area to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Area Add(Area other) => this + other;

    /// <summary>This area less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The area to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Area Subtract(Area other) => this - other;

    /// <summary>This area scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 square metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Area Multiply(decimal factor) => this * factor;

    /// <summary>Orders areas by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The area to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Area other) => SquareMetres.CompareTo(other.SquareMetres);

    /// <summary>The area in m², exact with trailing zeros trimmed (e.g. "694400 m²"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, AreaUnit.SquareMetre);
}
