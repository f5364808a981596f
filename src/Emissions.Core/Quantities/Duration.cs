using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>
/// Duration, stored exactly as seconds. Its canonical value (as a <see cref="Quantity"/>) is hours,
/// the time unit of kWh, so that kW × h = kWh exactly; conversions between duration units go
/// through seconds, which every duration unit is a whole number of, so they stay exact.
/// </summary>
public readonly partial record struct Duration : IQuantity<Duration, DurationUnit>, IComparable<Duration>
{
    private static readonly Unit SecondUnit = UnitCatalog.Get("s");

    private Duration(decimal seconds) => Seconds = seconds;

    public static Dimension Dimension => Dimension.TimeDim;

    public static Duration Zero => default;

    public decimal Seconds { get; }

    public decimal Hours => Seconds / 3600m;

    decimal IQuantity<Duration, DurationUnit>.CanonicalValue => Hours;

    public static Duration FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 3600m));

    public static string SymbolOf(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => "s",
        DurationUnit.Minute => "min",
        DurationUnit.Hour => "h",
        DurationUnit.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Duration From(decimal value, DurationUnit unit) =>
        new(Quantity.Checked(() => TypedQuantity.UnitOf<Duration, DurationUnit>(unit).ConvertTo(value, SecondUnit)));

    public static Duration FromSeconds(decimal value) => From(value, DurationUnit.Second);

    public static Duration FromHours(decimal value) => From(value, DurationUnit.Hour);

    public static Duration FromDays(decimal value) => From(value, DurationUnit.Day);

    public static Duration Parse(string text)
    {
        var measurement = Measurement.Parse(text, Dimension);
        return new(Quantity.Checked(() => measurement.Unit.ConvertTo(measurement.Value, SecondUnit)));
    }

    public static bool TryParse(string text, out Duration result)
    {
        try
        {
            result = Parse(text);
            return true;
        }
        catch (QuantityException)
        {
            result = default;
            return false;
        }
    }

    public static Duration FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Duration, DurationUnit>(quantity);

    public decimal As(DurationUnit unit)
    {
        var seconds = Seconds;
        return Quantity.Checked(() => SecondUnit.ConvertTo(seconds, TypedQuantity.UnitOf<Duration, DurationUnit>(unit)));
    }

    public Measurement ToUnit(DurationUnit unit) => new(As(unit), TypedQuantity.UnitOf<Duration, DurationUnit>(unit));

    public Quantity ToQuantity() => new(Hours, Dimension);

    public static Duration operator +(Duration a, Duration b) => new(Arithmetic.Add(a.Seconds, b.Seconds));

    public static Duration operator -(Duration a, Duration b) => new(Arithmetic.Subtract(a.Seconds, b.Seconds));

    public static Duration operator *(Duration a, decimal factor) => new(Arithmetic.Multiply(a.Seconds, factor));

    public static Duration operator *(decimal factor, Duration a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Duration a, Duration b) => b.Seconds == 0m
        ? throw new QuantityException(QuantityError.DivisionByZero, "division by a zero Duration")
        : Ratio.FromDecimalFraction(a.Seconds / b.Seconds);

    public static bool operator <(Duration a, Duration b) => a.Seconds < b.Seconds;

    public static bool operator >(Duration a, Duration b) => a.Seconds > b.Seconds;

    public static bool operator <=(Duration a, Duration b) => a.Seconds <= b.Seconds;

    public static bool operator >=(Duration a, Duration b) => a.Seconds >= b.Seconds;

    public Duration Add(Duration other) => this + other;

    public Duration Subtract(Duration other) => this - other;

    public Duration Multiply(decimal factor) => this * factor;

    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    public override string ToString() => ToUnit(DurationUnit.Hour).ToExactString();
}
