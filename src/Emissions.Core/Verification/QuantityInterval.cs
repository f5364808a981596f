using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A set of values of one kind: bounds are exact decimals in the dimension's canonical unit,
/// each closed or open; a null bound is unbounded (−∞ or +∞). "69.44 萬噸" is [694,350, 694,450) kg×1000;
/// "above 100 million kWh" is (1e8, +∞).
/// </summary>
internal readonly record struct QuantityInterval(Dimension Dimension, decimal? Low, decimal? High, bool LowClosed, bool HighClosed)
{
    public static QuantityInterval Point(Quantity value) => new(value.Dimension, value.CanonicalValue, value.CanonicalValue, true, true);

    public static QuantityInterval Point(decimal value, Dimension dimension) => new(dimension, value, value, true, true);

    /// <summary>Every value of the kind: the result of dividing by an interval that contains zero.</summary>
    public static QuantityInterval Entire(Dimension dimension) => new(dimension, null, null, false, false);

    public bool IsEntire => Low is null && High is null;

    public bool IsBounded => Low is not null && High is not null;

    public bool IsPoint => Low is { } l && High is { } h && l == h && LowClosed && HighClosed;

    /// <summary>True when no value satisfies both bounds (e.g. [1, 1)).</summary>
    public bool IsEmpty => Low is { } l && High is { } h && (l > h || (l == h && !(LowClosed && HighClosed)));

    public bool Contains(decimal value) =>
        (Low is not { } l || BelowOrTouching(l, value, LowClosed)) &&
        (High is not { } h || BelowOrTouching(value, h, HighClosed));

    public bool Contains(Quantity value) => value.Dimension == Dimension && Contains(value.CanonicalValue);

    /// <summary>Whether some value lies in both intervals.</summary>
    public bool Overlaps(QuantityInterval other)
    {
        if (other.Dimension != Dimension)
        {
            throw new QuantityException(QuantityError.IncompatibleKinds, $"cannot compare {Dimension} and {other.Dimension}");
        }

        return BelowOrTouching(Low, LowClosed, other.High, other.HighClosed) && BelowOrTouching(other.Low, other.LowClosed, High, HighClosed);
    }

    /// <summary>The smallest interval containing both.</summary>
    public QuantityInterval Hull(QuantityInterval other)
    {
        var (low, lowClosed) = Low is null || other.Low is null
            ? ((decimal?)null, false)
            : Low < other.Low ? (Low, LowClosed) : other.Low < Low ? (other.Low, other.LowClosed) : (Low, LowClosed || other.LowClosed);
        var (high, highClosed) = High is null || other.High is null
            ? ((decimal?)null, false)
            : High > other.High ? (High, HighClosed) : other.High > High ? (other.High, other.HighClosed) : (High, HighClosed || other.HighClosed);
        return new QuantityInterval(Dimension, low, high, lowClosed, highClosed);
    }

    public override string ToString()
    {
        var low = Low is { } l ? DecimalText.Exact(l) : "−∞";
        var high = High is { } h ? DecimalText.Exact(h) : "+∞";
        return string.Create(CultureInfo.InvariantCulture, $"{(LowClosed ? '[' : '(')}{low}, {high}{(HighClosed ? ']' : ')')} [{Dimension}]");
    }

    // a ≤ b where a is a lower bound and b an upper bound: the two meet unless a > b, or they are equal and either is open.
    private static bool BelowOrTouching(decimal? low, bool lowClosed, decimal? high, bool highClosed) =>
        low is not { } l || high is not { } h || BelowOrTouching(l, h, lowClosed && highClosed);

    // a < b, or a == b where both ends are closed (decimal's order, without a call into the runtime: DecimalOrder).
    private static bool BelowOrTouching(decimal a, decimal b, bool closed) => DecimalOrder.Compare(a, b) is var c && (c < 0 || (c == 0 && closed));
}
