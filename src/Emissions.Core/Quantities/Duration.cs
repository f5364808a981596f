using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Duration, stored exactly as Seconds (its canonical unit).</summary>
public readonly partial record struct Duration : IQuantity<Duration, DurationUnit>, IComparable<Duration>
{
    private Duration(decimal canonical) => Seconds = canonical;

    public static Dimension Dimension => Dimension.TimeDim;

    public static Duration Zero => default;

    public decimal Seconds { get; }

    decimal IQuantity<Duration, DurationUnit>.CanonicalValue => Seconds;

    public static Duration FromCanonical(decimal canonicalValue) => new(canonicalValue);

    public static string SymbolOf(DurationUnit unit) => unit switch
    {
        DurationUnit.Second => "s",
        DurationUnit.Minute => "min",
        DurationUnit.Hour => "h",
        DurationUnit.Day => "day",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    public static Duration From(decimal value, DurationUnit unit) => TypedQuantity.From<Duration, DurationUnit>(value, unit);

    public static Duration FromSeconds(decimal value) => From(value, DurationUnit.Second);

    public static Duration FromHours(decimal value) => From(value, DurationUnit.Hour);

    public static Duration FromDays(decimal value) => From(value, DurationUnit.Day);

    public static Duration Parse(string text) => TypedQuantity.Parse<Duration, DurationUnit>(text);

    public static bool TryParse(string text, out Duration result) => TypedQuantity.TryParse<Duration, DurationUnit>(text, out result);

    public static Duration FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Duration, DurationUnit>(quantity);

    public decimal As(DurationUnit unit) => TypedQuantity.As(this, unit);

    public Measurement ToUnit(DurationUnit unit) => TypedQuantity.ToUnit(this, unit);

    public Quantity ToQuantity() => new(Seconds, Dimension);

    public static Duration operator +(Duration a, Duration b) => new(Quantity.Checked(() => a.Seconds + b.Seconds));

    public static Duration operator -(Duration a, Duration b) => new(Quantity.Checked(() => a.Seconds - b.Seconds));

    public static Duration operator *(Duration a, decimal factor) => new(Quantity.Checked(() => a.Seconds * factor));

    public static Duration operator *(decimal factor, Duration a) => a * factor;

    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Duration a, Duration b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    public static bool operator <(Duration a, Duration b) => a.Seconds < b.Seconds;

    public static bool operator >(Duration a, Duration b) => a.Seconds > b.Seconds;

    public static bool operator <=(Duration a, Duration b) => a.Seconds <= b.Seconds;

    public static bool operator >=(Duration a, Duration b) => a.Seconds >= b.Seconds;

    public Duration Add(Duration other) => this + other;

    public Duration Subtract(Duration other) => this - other;

    public Duration Multiply(decimal factor) => this * factor;

    public int CompareTo(Duration other) => Seconds.CompareTo(other.Seconds);

    public override string ToString() => TypedQuantity.Format(this, DurationUnit.Hour);
}
