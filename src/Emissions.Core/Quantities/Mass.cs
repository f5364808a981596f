using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Mass, stored exactly as Kilograms (its canonical unit).</summary>
public readonly partial record struct Mass : IQuantity<Mass, MassUnit>, IComparable<Mass>
{
    private Mass(decimal canonical) => Kilograms = canonical;

    /// <summary>The dimension every Mass has; a run-time <see cref="Quantity"/> must carry it to be read as a Mass (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.MassDim;

    /// <summary>Zero mass (0 kg), the same as <c>default</c>.</summary>
    public static Mass Zero => default;

    /// <summary>The mass in kilograms (kg): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
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

    /// <summary>Makes a Mass from its canonical value in kilograms (kg), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in kilograms (kg).</param>
    public static Mass FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="MassUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MassUnit"/> value.</exception>
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

    /// <summary>Makes a Mass from a value in <paramref name="unit"/>, converted exactly to kilograms (kg) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MassUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass From(decimal value, MassUnit unit) => TypedQuantity.From<Mass, MassUnit>(value, unit);

    /// <summary>Makes a Mass from a number of grams, the gram (g); exact, the same as <c>From(value, MassUnit.Gram)</c>.</summary>
    /// <param name="value">The value in grams.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromGrams(decimal value) => From(value, MassUnit.Gram);

    /// <summary>Makes a Mass from a number of kilograms, the kilogram (kg), the canonical mass unit; exact, the same as <c>From(value, MassUnit.Kilogram)</c>.</summary>
    /// <param name="value">The value in kilograms.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromKilograms(decimal value) => From(value, MassUnit.Kilogram);

    /// <summary>Makes a Mass from a number of tonnes, the metric tonne (t, 1,000 kg; 吨); exact, the same as <c>From(value, MassUnit.Tonne)</c>.</summary>
    /// <param name="value">The value in tonnes.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromTonnes(decimal value) => From(value, MassUnit.Tonne);

    /// <summary>Makes a Mass from a number of pounds, the avoirdupois pound (lb, exactly 0.45359237 kg); exact, the same as <c>From(value, MassUnit.Pound)</c>.</summary>
    /// <param name="value">The value in pounds.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromPounds(decimal value) => From(value, MassUnit.Pound);

    /// <summary>Makes a Mass from a number of kilotonnes, the kilotonne (kt, 10⁶ kg); exact, the same as <c>From(value, MassUnit.Kilotonne)</c>.</summary>
    /// <param name="value">The value in kilotonnes.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromKilotonnes(decimal value) => From(value, MassUnit.Kilotonne);

    /// <summary>Makes a Mass from a number of megatonnes, the megatonne (Mt, 10⁹ kg); exact, the same as <c>From(value, MassUnit.Megatonne)</c>.</summary>
    /// <param name="value">The value in megatonnes.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromMegatonnes(decimal value) => From(value, MassUnit.Megatonne);

    /// <summary>Makes a Mass from a number of short tons, the US short ton (2,000 lb, exactly 907.18474 kg); exact, the same as <c>From(value, MassUnit.ShortTon)</c>.</summary>
    /// <param name="value">The value in short tons.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass FromShortTons(decimal value) => From(value, MassUnit.ShortTon);

    /// <summary>Reads a mass as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a mass unit in English or Chinese, e.g. "205.27 萬噸", "1,200 kg"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Mass Parse(string text) => TypedQuantity.Parse<Mass, MassUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a mass.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The mass read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a mass.</returns>
    public static bool TryParse(string text, out Mass result) => TypedQuantity.TryParse<Mass, MassUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Mass, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is mass.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Mass FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Mass, MassUnit>(quantity);

    /// <summary>The mass in <paramref name="unit"/>, converted from kilograms (kg) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MassUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(MassUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The mass as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="MassUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(MassUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The mass as a run-time <see cref="Quantity"/> in kilograms (kg), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(Kilograms, Dimension);

    /// <summary>The exact sum of two masses.</summary>
    /// <param name="a">The first mass.</param>
    /// <param name="b">The second mass.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass operator +(Mass a, Mass b) => new(Arithmetic.Add(a.Kilograms, b.Kilograms));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The mass subtracted from.</param>
    /// <param name="b">The mass subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass operator -(Mass a, Mass b) => new(Arithmetic.Subtract(a.Kilograms, b.Kilograms));

    /// <summary>The mass scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The mass.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass operator *(Mass a, decimal factor) => new(Arithmetic.Multiply(a.Kilograms, factor));

    /// <summary>The mass scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The mass.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Mass operator *(decimal factor, Mass a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Mass a, Mass b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left mass.</param>
    /// <param name="b">The right mass.</param>
    public static bool operator <(Mass a, Mass b) => a.Kilograms < b.Kilograms;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left mass.</param>
    /// <param name="b">The right mass.</param>
    public static bool operator >(Mass a, Mass b) => a.Kilograms > b.Kilograms;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left mass.</param>
    /// <param name="b">The right mass.</param>
    public static bool operator <=(Mass a, Mass b) => a.Kilograms <= b.Kilograms;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left mass.</param>
    /// <param name="b">The right mass.</param>
    public static bool operator >=(Mass a, Mass b) => a.Kilograms >= b.Kilograms;

    /// <summary>The exact sum of this mass and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The mass to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Mass Add(Mass other) => this + other;

    /// <summary>This mass less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The mass to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Mass Subtract(Mass other) => this - other;

    /// <summary>This mass scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Mass Multiply(decimal factor) => this * factor;

    /// <summary>Orders masses by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The mass to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Mass other) => Kilograms.CompareTo(other.Kilograms);

    /// <summary>The mass in t, exact with trailing zeros trimmed (e.g. "694400 t"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, MassUnit.Tonne);
}
