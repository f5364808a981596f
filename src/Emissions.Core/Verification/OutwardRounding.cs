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
    public static decimal? AddDown(decimal a, decimal b) => Round(() => a + b, r => IsExactSum(a, b, r), down: true);

    public static decimal? AddUp(decimal a, decimal b) => Round(() => a + b, r => IsExactSum(a, b, r), down: false);

    public static decimal? MultiplyDown(decimal a, decimal b) => Round(() => a * b, r => IsExactProduct(a, b, r), down: true);

    public static decimal? MultiplyUp(decimal a, decimal b) => Round(() => a * b, r => IsExactProduct(a, b, r), down: false);

    public static decimal? DivideDown(decimal a, decimal b) => Round(() => a / b, r => IsExactQuotient(a, b, r), down: true);

    public static decimal? DivideUp(decimal a, decimal b) => Round(() => a / b, r => IsExactQuotient(a, b, r), down: false);

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

    private static decimal? Round(Func<decimal> compute, Func<decimal, bool> exact, bool down)
    {
        decimal result;
        try
        {
            result = compute();
        }
        catch (OverflowException)
        {
            return null;
        }

        if (exact(result))
        {
            return result;
        }

        return down ? NextDown(result) : NextUp(result);
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
