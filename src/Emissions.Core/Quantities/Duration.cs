using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>
/// Duration, stored exactly as seconds. Its canonical value (as a <see cref="Quantity"/>) is hours,
/// the time unit of kWh, so that kW × h = kWh exactly; conversions between duration units go
/// through seconds, which every duration unit is a whole number of, so they stay exact.
/// </summary>
public readonly partial record struct Duration : IQuantity<Duration, DurationUnit>, IComparable<Duration>, IBaseUnitQuantity<Duration, DurationUnit>
{
    private static readonly Unit SecondUnit = UnitCatalog.Get("s");

    private Duration(decimal seconds) => Seconds = seconds;

    /// <summary>The dimension every Duration has; a run-time <see cref="Quantity"/> must carry it to be read as a Duration (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.TimeDim;

    /// <summary>Zero duration (0 s), the same as <c>default</c>.</summary>
    public static Duration Zero => default;

    /// <summary>The duration in seconds (s): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal Seconds { get; }

    /// <summary>The duration in units of the hour (h, 3,600 s), the canonical time unit (kW × h = kWh): exact to decimal's 28 significant digits, and the value of its <see cref="ToQuantity"/> form.</summary>
    public decimal Hours => Seconds / 3600m;

    /// <summary>The duration in units of the minute (min, 60 s), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(DurationUnit.Minute)</c>.</summary>
    public decimal Minutes => As(DurationUnit.Minute);

    /// <summary>The duration in units of the day (24 h, 86,400 s; calendar days are not modelled), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(DurationUnit.Day)</c>.</summary>
    public decimal Days => As(DurationUnit.Day);

    decimal IQuantity<Duration, DurationUnit>.CanonicalValue => Hours;

    static Unit IBaseUnitQuantity<Duration, DurationUnit>.BaseUnit => SecondUnit;

    decimal IBaseUnitQuantity<Duration, DurationUnit>.BaseValue => Seconds;

    static Duration IBaseUnitQuantity<Duration, DurationUnit>.FromBaseValue(decimal value) => new(value);

    /// <summary>Makes a Duration from its canonical value in hours (h), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in hours (h).</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 3600m));

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="DurationUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="DurationUnit"/> value.</exception>
    public static string SymbolOf(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => "s",
        DurationUnit.Minute => "min",
        DurationUnit.Hour => "h",
        DurationUnit.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a Duration from a value in <paramref name="unit"/>, converted exactly to seconds (s) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="DurationUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration From(decimal value, DurationUnit unit) => BaseUnitQuantity.From<Duration, DurationUnit>(value, unit);

    /// <summary>Makes a Duration from a number of seconds, the second (s), how a duration is stored; exact, the same as <c>From(value, DurationUnit.Second)</c>.</summary>
    /// <param name="value">The value in seconds.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration FromSeconds(decimal value) => From(value, DurationUnit.Second);

    /// <summary>Makes a Duration from a number of hours, the hour (h, 3,600 s), the canonical time unit (kW × h = kWh); exact, the same as <c>From(value, DurationUnit.Hour)</c>.</summary>
    /// <param name="value">The value in hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration FromHours(decimal value) => From(value, DurationUnit.Hour);

    /// <summary>Makes a Duration from a number of days, the day (24 h, 86,400 s; calendar days are not modelled); exact, the same as <c>From(value, DurationUnit.Day)</c>.</summary>
    /// <param name="value">The value in days.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration FromDays(decimal value) => From(value, DurationUnit.Day);

    /// <summary>Makes a Duration from a number of minutes, the minute (min, 60 s); exact, the same as <c>From(value, DurationUnit.Minute)</c>.</summary>
    /// <param name="value">The value in minutes.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration FromMinutes(decimal value) => From(value, DurationUnit.Minute);

    /// <summary>Reads a duration as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a duration unit in English or Chinese, e.g. "8,760 h", "365 天"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Duration Parse(string text) => BaseUnitQuantity.Parse<Duration, DurationUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a duration.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The duration read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a duration.</returns>
    public static bool TryParse(string text, out Duration result) => BaseUnitQuantity.TryParse<Duration, DurationUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Duration, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is duration.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Duration FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Duration, DurationUnit>(quantity);

    /// <summary>The duration in <paramref name="unit"/>, converted from seconds (s) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="DurationUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(DurationUnit unit) => BaseUnitQuantity.As(this, unit);

    /// <summary>The duration as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="DurationUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(DurationUnit unit) => BaseUnitQuantity.ToUnit(this, unit);

    /// <summary>The duration as a run-time <see cref="Quantity"/> in hours (h), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(Hours, Dimension);

    /// <summary>The exact sum of two durations.</summary>
    /// <param name="a">The first duration.</param>
    /// <param name="b">The second duration.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration operator +(Duration a, Duration b) => new(Arithmetic.Add(a.Seconds, b.Seconds));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The duration subtracted from.</param>
    /// <param name="b">The duration subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration operator -(Duration a, Duration b) => new(Arithmetic.Subtract(a.Seconds, b.Seconds));

    /// <summary>The duration scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The duration.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration operator *(Duration a, decimal factor) => new(Arithmetic.Multiply(a.Seconds, factor));

    /// <summary>The duration scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The duration.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Duration operator *(decimal factor, Duration a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Duration a, Duration b) => BaseUnitQuantity.Divide<Duration, DurationUnit>(a, b);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left duration.</param>
    /// <param name="b">The right duration.</param>
    public static bool operator <(Duration a, Duration b) => a.Seconds < b.Seconds;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left duration.</param>
    /// <param name="b">The right duration.</param>
    public static bool operator >(Duration a, Duration b) => a.Seconds > b.Seconds;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left duration.</param>
    /// <param name="b">The right duration.</param>
    public static bool operator <=(Duration a, Duration b) => a.Seconds <= b.Seconds;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left duration.</param>
    /// <param name="b">The right duration.</param>
    public static bool operator >=(Duration a, Duration b) => a.Seconds >= b.Seconds;

    /// <summary>The exact sum of this duration and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The duration to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Duration Add(Duration other) => this + other;

    /// <summary>This duration less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The duration to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Duration Subtract(Duration other) => this - other;

    /// <summary>This duration scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 seconds); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Duration Multiply(decimal factor) => this * factor;

    /// <summary>Orders durations by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The duration to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    /// <summary>The duration in h, exact with trailing zeros trimmed (e.g. "694400 h"), for messages and test failures.</summary>
    public override string ToString() => ToUnit(DurationUnit.Hour).ToExactString();
}
