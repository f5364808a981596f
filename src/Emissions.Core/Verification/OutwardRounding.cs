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

    /// <summary>
    /// One outward rounding of a product, and whether the product was exact: an interval product whose ends are known to
    /// be two of its corners needs one rounding of each (<see cref="IntervalArithmetic"/>).
    /// </summary>
    public static decimal? MultiplyOutward(decimal a, decimal b, bool down, out bool exact)
    {
        if (!TryMultiply(a, b, out var r))
        {
            exact = false;
            return null;
        }

        exact = IsExactProduct(a, b, r);
        return Outward(r, exact, down);
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
    private static bool IsOne(decimal value) => DecimalOrder.IsOneAtScaleZero(value);

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
    /// <remarks>
    /// value + one unit in its last place, worked out on the mantissa when the sum stays at value's scale and sign (it
    /// neither carries out of 96 bits nor reaches zero): decimal addition at one scale gives exactly that decimal, so the
    /// result is the one <see cref="NextUpByAddition"/> gives, bit for bit (the tests compare them). Every inexact bound
    /// takes one step; the addition cost several times the step.
    /// </remarks>
    public static decimal? NextUp(decimal value) => Step(value, up: true) ?? NextUpByAddition(value);

    /// <summary>A decimal strictly smaller than <paramref name="value"/> by at most ten units in its last place: −NextUp(−value).</summary>
    public static decimal? NextDown(decimal value) => Step(value, up: false) ?? -NextUpByAddition(-value);

    /// <summary>NextUp by decimal addition: the definition the mantissa step reproduces, and its fallback.</summary>
    internal static decimal? NextUpByAddition(decimal value)
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

    // One unit up (or down) in the last place on the mantissa: away from zero adds one, towards zero takes one. Null when
    // that would carry out of 96 bits or reach zero (a mantissa of 0 or 1 towards zero), where the addition decides.
    private static decimal? Step(decimal value, bool up)
    {
        var (high, low) = DecimalBits.Mantissa(value);
        var negative = decimal.IsNegative(value);
        if (up != negative)
        {
            if (low != ulong.MaxValue)
            {
                low++;
            }
            else if (high != uint.MaxValue)
            {
                low = 0;
                high++;
            }
            else
            {
                return null;
            }
        }
        else if (low >= 2 || (low == 1 && high != 0))
        {
            low--;
        }
        else if (low == 0 && high != 0)
        {
            low = ulong.MaxValue;
            high--;
        }
        else
        {
            return null;
        }

        return new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)high, negative, value.Scale);
    }

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
        // product must itself be exact for the equality to prove anything. A quotient whose divisor keeps a prime
        // factor other than 2 and 5 (1 / 21,499.5) has no terminating decimal, so no decimal quotient is exact and the
        // multiplication back (a second rounded product) would only say so again.
        return ScaledMagnitude.QuotientMayTerminate(ScaledMagnitude.Of(a), ScaledMagnitude.Of(b))
            && TryMultiplyExact(result, b, out var back) && DecimalOrder.Equal(back, a);
    }
}
