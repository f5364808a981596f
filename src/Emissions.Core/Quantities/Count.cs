using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Count, stored exactly as Persons (its canonical unit).</summary>
public readonly partial record struct Count : IQuantity<Count, CountUnit>, IComparable<Count>
{
    private Count(decimal canonical) => Persons = canonical;

    /// <summary>The dimension every Count has; a run-time <see cref="Quantity"/> must carry it to be read as a Count (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.PersonDim;

    /// <summary>Zero headcount (0 persons), the same as <c>default</c>.</summary>
    public static Count Zero => default;

    /// <summary>The headcount in persons: the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal Persons { get; }

    decimal IQuantity<Count, CountUnit>.CanonicalValue => Persons;

    /// <summary>Makes a Count from its canonical value in persons, the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in persons.</param>
    public static Count FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="CountUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="CountUnit"/> value.</exception>
    public static string SymbolOf(CountUnit unit) => unit switch
    {
        CountUnit.Person => "person",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a Count from a value in <paramref name="unit"/>, converted exactly to persons (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="CountUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count From(decimal value, CountUnit unit) => TypedQuantity.From<Count, CountUnit>(value, unit);

    /// <summary>Makes a Count from a number of persons, the person (人), the unit of a headcount; exact, the same as <c>From(value, CountUnit.Person)</c>.</summary>
    /// <param name="value">The value in persons.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count FromPersons(decimal value) => From(value, CountUnit.Person);

    /// <summary>Reads a headcount as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a headcount unit in English or Chinese, e.g. "21,499 人"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Count Parse(string text) => TypedQuantity.Parse<Count, CountUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a headcount.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The headcount read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a headcount.</returns>
    public static bool TryParse(string text, out Count result) => TypedQuantity.TryParse<Count, CountUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Count, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is headcount.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Count FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Count, CountUnit>(quantity);

    /// <summary>The headcount in <paramref name="unit"/>, converted from persons by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="CountUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(CountUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The headcount as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="CountUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(CountUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The headcount as a run-time <see cref="Quantity"/> in persons, the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(Persons, Dimension);

    /// <summary>The exact sum of two headcounts.</summary>
    /// <param name="a">The first headcount.</param>
    /// <param name="b">The second headcount.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count operator +(Count a, Count b) => new(Arithmetic.Add(a.Persons, b.Persons));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The headcount subtracted from.</param>
    /// <param name="b">The headcount subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count operator -(Count a, Count b) => new(Arithmetic.Subtract(a.Persons, b.Persons));

    /// <summary>The headcount scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The headcount.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count operator *(Count a, decimal factor) => new(Arithmetic.Multiply(a.Persons, factor));

    /// <summary>The headcount scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The headcount.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Count operator *(decimal factor, Count a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Count a, Count b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left headcount.</param>
    /// <param name="b">The right headcount.</param>
    public static bool operator <(Count a, Count b) => a.Persons < b.Persons;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left headcount.</param>
    /// <param name="b">The right headcount.</param>
    public static bool operator >(Count a, Count b) => a.Persons > b.Persons;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left headcount.</param>
    /// <param name="b">The right headcount.</param>
    public static bool operator <=(Count a, Count b) => a.Persons <= b.Persons;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left headcount.</param>
    /// <param name="b">The right headcount.</param>
    public static bool operator >=(Count a, Count b) => a.Persons >= b.Persons;

    /// <summary>The exact sum of this headcount and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The headcount to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Count Add(Count other) => this + other;

    /// <summary>This headcount less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The headcount to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Count Subtract(Count other) => this - other;

    /// <summary>This headcount scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 persons); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Count Multiply(decimal factor) => this * factor;

    /// <summary>Orders headcounts by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The headcount to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Count other) => Persons.CompareTo(other.Persons);

    /// <summary>The headcount in person, exact with trailing zeros trimmed (e.g. "694400 person"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, CountUnit.Person);
}
