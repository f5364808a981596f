using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Volume, stored exactly as CubicMetres (its canonical unit).</summary>
public readonly partial record struct Volume : IQuantity<Volume, VolumeUnit>, IComparable<Volume>
{
    private Volume(decimal canonical) => CubicMetres = canonical;

    /// <summary>The dimension every Volume has; a run-time <see cref="Quantity"/> must carry it to be read as a Volume (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.VolumeDim;

    /// <summary>Zero volume (0 m³), the same as <c>default</c>.</summary>
    public static Volume Zero => default;

    /// <summary>The volume in cubic metres (m³): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal CubicMetres { get; }

    /// <summary>The volume in units of the litre (L, 10⁻³ m³), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(VolumeUnit.Litre)</c>.</summary>
    public decimal Litres => As(VolumeUnit.Litre);

    /// <summary>The volume in units of the millilitre (mL, 10⁻⁶ m³), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(VolumeUnit.Millilitre)</c>.</summary>
    public decimal Millilitres => As(VolumeUnit.Millilitre);

    /// <summary>The volume in units of the US liquid gallon (gal(US), 231 in³, exactly 3.785411784 L), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(VolumeUnit.UsGallon)</c>.</summary>
    public decimal UsGallons => As(VolumeUnit.UsGallon);

    decimal IQuantity<Volume, VolumeUnit>.CanonicalValue => CubicMetres;

    /// <summary>Makes a Volume from its canonical value in cubic metres (m³), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in cubic metres (m³).</param>
    public static Volume FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="VolumeUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="VolumeUnit"/> value.</exception>
    public static string SymbolOf(VolumeUnit unit) => unit switch
    {
        VolumeUnit.CubicMetre => "m³",
        VolumeUnit.Litre => "L",
        VolumeUnit.Millilitre => "mL",
        VolumeUnit.UsGallon => "gal(US)",
        VolumeUnit.TenThousandCubicMetres => "万立方米",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a Volume from a value in <paramref name="unit"/>, converted exactly to cubic metres (m³) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="VolumeUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume From(decimal value, VolumeUnit unit) => TypedQuantity.From<Volume, VolumeUnit>(value, unit);

    /// <summary>Makes a Volume from a number of cubic metres, the cubic metre (m³; 立方米), the canonical volume unit; exact, the same as <c>From(value, VolumeUnit.CubicMetre)</c>.</summary>
    /// <param name="value">The value in cubic metres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume FromCubicMetres(decimal value) => From(value, VolumeUnit.CubicMetre);

    /// <summary>Makes a Volume from a number of litres, the litre (L, 10⁻³ m³); exact, the same as <c>From(value, VolumeUnit.Litre)</c>.</summary>
    /// <param name="value">The value in litres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume FromLitres(decimal value) => From(value, VolumeUnit.Litre);

    /// <summary>Makes a Volume from a number of US gallons, the US liquid gallon (gal(US), 231 in³, exactly 3.785411784 L); exact, the same as <c>From(value, VolumeUnit.UsGallon)</c>.</summary>
    /// <param name="value">The value in US gallons.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume FromUsGallons(decimal value) => From(value, VolumeUnit.UsGallon);

    /// <summary>Makes a Volume from a number of millilitres, the millilitre (mL, 10⁻⁶ m³); exact, the same as <c>From(value, VolumeUnit.Millilitre)</c>.</summary>
    /// <param name="value">The value in millilitres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume FromMillilitres(decimal value) => From(value, VolumeUnit.Millilitre);

    /// <summary>Makes a Volume from a number of ten thousand cubic metres, the ten thousand cubic metres (万立方米, 10⁴ m³), as Chinese reports print water volumes; UnitsNet has no counterpart; exact, the same as <c>From(value, VolumeUnit.TenThousandCubicMetres)</c>.</summary>
    /// <param name="value">The value in ten thousand cubic metres.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume FromTenThousandCubicMetres(decimal value) => From(value, VolumeUnit.TenThousandCubicMetres);

    /// <summary>Reads a volume as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a volume unit in English or Chinese, e.g. "205.27 万立方米", "1,500 L"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Volume Parse(string text) => TypedQuantity.Parse<Volume, VolumeUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a volume.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The volume read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a volume.</returns>
    public static bool TryParse(string text, out Volume result) => TypedQuantity.TryParse<Volume, VolumeUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Volume, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is volume.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Volume FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Volume, VolumeUnit>(quantity);

    /// <summary>The volume in <paramref name="unit"/>, converted from cubic metres (m³) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="VolumeUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(VolumeUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The volume as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="VolumeUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(VolumeUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The volume as a run-time <see cref="Quantity"/> in cubic metres (m³), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(CubicMetres, Dimension);

    /// <summary>The exact sum of two volumes.</summary>
    /// <param name="a">The first volume.</param>
    /// <param name="b">The second volume.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume operator +(Volume a, Volume b) => new(Arithmetic.Add(a.CubicMetres, b.CubicMetres));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The volume subtracted from.</param>
    /// <param name="b">The volume subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume operator -(Volume a, Volume b) => new(Arithmetic.Subtract(a.CubicMetres, b.CubicMetres));

    /// <summary>The volume scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The volume.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume operator *(Volume a, decimal factor) => new(Arithmetic.Multiply(a.CubicMetres, factor));

    /// <summary>The volume scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The volume.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Volume operator *(decimal factor, Volume a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Volume a, Volume b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left volume.</param>
    /// <param name="b">The right volume.</param>
    public static bool operator <(Volume a, Volume b) => a.CubicMetres < b.CubicMetres;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left volume.</param>
    /// <param name="b">The right volume.</param>
    public static bool operator >(Volume a, Volume b) => a.CubicMetres > b.CubicMetres;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left volume.</param>
    /// <param name="b">The right volume.</param>
    public static bool operator <=(Volume a, Volume b) => a.CubicMetres <= b.CubicMetres;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left volume.</param>
    /// <param name="b">The right volume.</param>
    public static bool operator >=(Volume a, Volume b) => a.CubicMetres >= b.CubicMetres;

    /// <summary>The exact sum of this volume and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The volume to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Volume Add(Volume other) => this + other;

    /// <summary>This volume less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The volume to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Volume Subtract(Volume other) => this - other;

    /// <summary>This volume scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 cubic metres); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Volume Multiply(decimal factor) => this * factor;

    /// <summary>Orders volumes by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The volume to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Volume other) => CubicMetres.CompareTo(other.CubicMetres);

    /// <summary>The volume in m³, exact with trailing zeros trimmed (e.g. "694400 m³"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, VolumeUnit.CubicMetre);
}
