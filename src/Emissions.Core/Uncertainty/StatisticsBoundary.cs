namespace Emissions.Uncertainty;

/// <summary>
/// The one place where quantities cross between <see cref="decimal"/> (every figure) and <see cref="double"/> (the
/// statistics, MathNet.Numerics). The rule: a figure enters as the nearest double; a drawn multiplier leaves rounded
/// to 12 decimal places (far below any stated uncertainty) and never below <see cref="SmallestMultiplier"/>; an
/// interval leaves rounded outward to <see cref="SignificantDigits"/> significant digits (the low end down, the high
/// end up), so that rounding moves an end by far less than the sampling error of 10,000 draws (about 1 % of the half-width), which the answer states by its draws and seed.
/// </summary>
internal static class StatisticsBoundary
{
    public const int SignificantDigits = 6;

    /// <summary>
    /// A normal error of ±100 % draws a negative multiplier 2.5 % of the time; a quantity cannot be negative, so a
    /// multiplier is taken as at least one thousandth (and the answer says how many draws were so limited).
    /// </summary>
    public const double SmallestMultiplier = 0.001;

    public static double ToDouble(decimal value) => (double)value;

    /// <summary>A drawn multiplier as the decimal the calculation multiplies by.</summary>
    public static decimal Multiplier(double drawn) => Math.Round((decimal)Math.Max(drawn, SmallestMultiplier), 12);

    /// <summary>The low end of an interval: rounded down to <see cref="SignificantDigits"/> significant digits.</summary>
    public static decimal Low(double value) => Outward(value, down: true);

    /// <summary>The high end of an interval: rounded up to <see cref="SignificantDigits"/> significant digits.</summary>
    public static decimal High(double value) => Outward(value, down: false);

    /// <summary>A percentage, to two decimal places (half away from zero).</summary>
    public static decimal Percent(double fraction) =>
        double.IsFinite(fraction) ? Math.Round((decimal)(fraction * 100), 2, MidpointRounding.AwayFromZero) : 0m;

    private static decimal Outward(double value, bool down)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return 0m;
        }

        // Beyond decimal's range or below its resolution the figure itself could not have been computed.
        var clamped = Math.Clamp(value, -7.9e27, 7.9e27);
        var exponent = (int)Math.Floor(Math.Log10(Math.Abs(clamped))) - (SignificantDigits - 1);
        var exact = (decimal)clamped;
        if (exponent >= 0)
        {
            var step = Pow10(exponent);
            return (down ? Math.Floor(exact / step) : Math.Ceiling(exact / step)) * step;
        }

        var places = Math.Min(-exponent, 28);
        var scale = Pow10(places);
        var scaled = exact * scale;
        return (down ? Math.Floor(scaled) : Math.Ceiling(scaled)) / scale;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
