namespace Emissions.Verification;

/// <summary>
/// Decimal arithmetic that rounds outward. <c>decimal</c> keeps 28–29 significant digits, so
/// 694,400 / 21,499 is rounded; an interval bound computed that way could exclude the true
/// value. Each operation detects whether its result is exact and, if not, moves the lower
/// bound down and the upper bound up by one unit in the last place. Overflow makes the bound
/// unbounded (null), which is always sound.
/// </summary>
internal static class OutwardRounding
{
    public static decimal? AddDown(decimal a, decimal b) => TryAdd(a, b, out var r) ? Outward(r, IsExactSum(a, b, r), down: true) : null;

    public static decimal? AddUp(decimal a, decimal b) => TryAdd(a, b, out var r) ? Outward(r, IsExactSum(a, b, r), down: false) : null;

    public static decimal? MultiplyDown(decimal a, decimal b) =>
        IsOne(b) ? a : TryMultiply(a, b, out var r) ? Outward(r, IsExactProduct(a, b, r), down: true) : null;

    public static decimal? MultiplyUp(decimal a, decimal b) =>
        IsOne(b) ? a : TryMultiply(a, b, out var r) ? Outward(r, IsExactProduct(a, b, r), down: false) : null;

    /// <summary>
    /// Both outward roundings of one product, from one multiplication: interval products need
    /// the lower and the upper candidate of every corner.
    /// </summary>
    public static (decimal? Down, decimal? Up) MultiplyOutward(decimal a, decimal b)
    {
        if (!TryMultiply(a, b, out var r))
        {
            return (null, null);
        }

        var exact = IsExactProduct(a, b, r);
        return (Outward(r, exact, down: true), Outward(r, exact, down: false));
    }

    public static decimal? DivideDown(decimal a, decimal b) =>
        IsOne(b) ? a : TryDivide(a, b, out var r) ? Outward(r, IsExactQuotient(a, b, r), down: true) : null;

    public static decimal? DivideUp(decimal a, decimal b) =>
        IsOne(b) ? a : TryDivide(a, b, out var r) ? Outward(r, IsExactQuotient(a, b, r), down: false) : null;

    /// <summary>
    /// Exactly 1 at scale 0: a × 1 and a / 1 give back a, bit for bit (scale and the sign of zero
    /// included), so the operation and its exactness check can be skipped. Unit conversions of
    /// printed figures are mostly by 1 (denominators, factors).
    /// </summary>
    private static bool IsOne(decimal value) => value.Scale == 0 && value == 1m;

    /// <summary>The exact product when it is representable, else null.</summary>
    public static bool TryMultiplyExact(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return IsExactProduct(a, b, product);
        }
        catch (OverflowException)
        {
            product = 0m;
            return false;
        }
    }

    /// <summary>A decimal strictly greater than <paramref name="value"/> by at most ten units in its last place.</summary>
    public static decimal? NextUp(decimal value)
    {
        var ulp = UnitInLastPlace(value);
        try
        {
            var next = value + ulp;
            if (next.Scale < value.Scale)
            {
                // The mantissa overflowed and the sum was rounded to one digit fewer; ten units
                // stay above value + ulp after that rounding (it loses at most five).
                next = value + (ulp * 10m);
            }

            return next;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal? NextDown(decimal value) => -NextUp(-value);

    private static decimal UnitInLastPlace(decimal value) => new(1, 0, 0, false, value.Scale);

    private static decimal? Outward(decimal result, bool exact, bool down) => exact ? result : down ? NextDown(result) : NextUp(result);

    private static bool TryAdd(decimal a, decimal b, out decimal result)
    {
        // Two magnitudes below 2^94 add to less than 2^95: the sum cannot overflow, so no exception frame is needed. The
        // bounds of printed figures and their sums are always this small; the frame cost a third of an interval addition.
        if (DecimalBits.High(a) < SafeAddHigh && DecimalBits.High(b) < SafeAddHigh)
        {
            result = a + b;
            return true;
        }

        return TryAddChecked(a, b, out result);
    }

    // The high 32 bits of a 96-bit mantissa below 2^94.
    private const uint SafeAddHigh = 1u << 30;

    private static bool TryAddChecked(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a + b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    private static bool TryMultiply(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a * b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    private static bool TryDivide(decimal a, decimal b, out decimal result)
    {
        try
        {
            result = a / b;
            return true;
        }
        catch (OverflowException)
        {
            result = 0m;
            return false;
        }
    }

    // decimal addition aligns both operands to the larger scale; it only rounds (and lowers the
    // scale) when the aligned sum does not fit in 96 bits.
    private static bool IsExactSum(decimal a, decimal b, decimal result) => result.Scale >= Math.Max(a.Scale, b.Scale);

    // decimal multiplication keeps the sum of the scales unless it had to round.
    private static bool IsExactProduct(decimal a, decimal b, decimal result) => result.Scale == a.Scale + b.Scale;

    private static bool IsExactQuotient(decimal a, decimal b, decimal result)
    {
        // Quotients are normalized, so the scale says nothing; multiply back instead. The back
        // product must itself be exact for the equality to prove anything.
        return TryMultiplyExact(result, b, out var back) && back == a;
    }
}
