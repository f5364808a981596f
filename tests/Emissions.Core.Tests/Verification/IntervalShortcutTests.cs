using Emissions.Quantities;
using Emissions.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// The interval arithmetic's integer shortcuts give the decimals the decimal path gives, bit for bit (value, scale and
/// sign): a product of positive intervals from its two outer corners against all four, a step of one unit in the last
/// place on the mantissa against the addition, and a quotient the mantissas show cannot terminate against the
/// multiplication back. Samples are drawn from fixed seeds, so every run checks the same cases.
/// </summary>
public class IntervalShortcutTests
{
    private const int Samples = 20_000;

    // Pure numbers: a product's kind is then the operands' kind, and the four-corner path is handed the same.
    private static readonly Dimension Number = Dimension.None;

    [Fact]
    public void A_product_of_positive_intervals_from_its_outer_corners_is_the_four_corner_product_bit_for_bit()
    {
        var gen = from left in Interval() from right in Interval() select (left, right);
        var shortcuts = 0;
        foreach (var (left, right) in gen.Sample(Samples, new Rnd(20261207UL), 50))
        {
            var all = IntervalArithmetic.MultiplyCorners(left, right, Number);
            if (IntervalArithmetic.OuterCorners(left, right, Number) is { } outer)
            {
                shortcuts++;
                AssertSame(all, outer, $"{left} × {right}");
            }

            AssertSame(all, IntervalArithmetic.Instance.Multiply(left, right), $"{left} × {right}");
        }

        // The generator must reach the shortcut often, and the fallback too, or the comparison proves little.
        Assert.InRange(shortcuts, Samples / 10, Samples * 4 / 5);
    }

    [Fact]
    public void A_product_with_a_headcount_reciprocal_is_taken_from_the_corners_on_the_other_factors_ends()
    {
        // 69.44 萬噸 over exactly 21,499 persons (a closed point): 1 / 21,499 is rounded both ways, two units in the last
        // place wide, so its two ends are too close for the outer corners alone; the figure's ends are far apart, so the
        // low end is one of the two corners on 694,350 and the high end one of the two on 694,450.
        var mass = Dimension.MassDim;
        var ghg = new QuantityInterval(mass, 694_350m, 694_450m, true, false);
        var reciprocal = IntervalArithmetic.Reciprocal(QuantityInterval.Point(21_499m, Dimension.None));
        Assert.Equal(2e-28m, reciprocal.High!.Value - reciprocal.Low!.Value);

        var shortcut = IntervalArithmetic.OuterCorners(ghg, reciprocal, mass);
        Assert.NotNull(shortcut);
        AssertSame(IntervalArithmetic.MultiplyCorners(ghg, reciprocal, mass), shortcut.Value, "ghg × 1 / headcount");
        AssertSame(IntervalArithmetic.MultiplyCorners(reciprocal, ghg, mass), IntervalArithmetic.OuterCorners(reciprocal, ghg, mass)!.Value, "1 / headcount × ghg");

        // By hand: 694,350 / 21,499 = 32.29685101632634…, 694,450 / 21,499 = 32.30150239546025….
        Assert.StartsWith("32.29685101632634", shortcut.Value.Low!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("32.30150239546025", shortcut.Value.High!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Products_with_a_reciprocal_two_units_wide_from_the_corners_on_the_other_factors_ends_are_the_four_corner_products()
    {
        // Either order, against intervals of every width and sign: where the apart factor is positive the shortcut must
        // answer (and equal the four corners bit for bit); elsewhere it may decline, and the product is still the same.
        var gen = from other in Interval() from divisor in Printed() from first in Gen.Elements(true, false) select (other, divisor, first);
        var shortcuts = 0;
        foreach (var (other, divisor, first) in gen.Sample(Samples, new Rnd(13UL), 50))
        {
            if (divisor <= 0m)
            {
                continue;
            }

            var reciprocal = IntervalArithmetic.Reciprocal(QuantityInterval.Point(divisor, Number));
            var (left, right) = first ? (other, reciprocal) : (reciprocal, other);
            var all = IntervalArithmetic.MultiplyCorners(left, right, Number);
            if (IntervalArithmetic.OuterCorners(left, right, Number) is { } shortcut)
            {
                shortcuts++;
                AssertSame(all, shortcut, $"{left} × {right}");
            }

            AssertSame(all, IntervalArithmetic.Instance.Multiply(left, right), $"{left} × {right}");
        }

        Assert.InRange(shortcuts, Samples / 4, Samples);
    }

    [Fact]
    public void A_session_keeping_the_last_reciprocal_divides_as_the_shared_arithmetic_bit_for_bit()
    {
        // Runs of one divisor (a headcount under every per-employee figure), divisors equal in value but not in scale
        // (21,499 and 21,499.0), and divisors that change: a kept reciprocal must only serve the very same bits.
        var session = IntervalArithmetic.KeepingLastReciprocal();
        var gen = from left in Interval() from right in Interval() from repeat in Gen.Choose(1, 4) select (left, right, repeat);
        foreach (var (left, right, repeat) in gen.Sample(Samples / 4, new Rnd(16UL), 50))
        {
            var rescaled = right with { Low = right.Low * 1.0m, High = right.High * 1.0m };
            foreach (var divisor in Enumerable.Repeat(right, repeat).Append(rescaled).Append(right with { LowClosed = !right.LowClosed }))
            {
                // A divisor the shared arithmetic refuses (an overflow, a division by zero) is refused alike.
                var expected = Outcome(() => IntervalArithmetic.Instance.Divide(left, divisor));
                var actual = Outcome(() => session.Divide(left, divisor));
                Assert.Equal(expected.Error, actual.Error);
                if (expected.Value is { } e && actual.Value is { } a)
                {
                    AssertSame(e, a, $"{left} / {divisor}");
                }
            }
        }
    }

    [Fact]
    public void A_kept_reciprocal_serves_only_a_divisor_of_the_same_bits()
    {
        // 1 / [2, 2] is [0.5, 0.5]; 1 / [2.0, 2.0] the same value (0.5, from a division that normalizes); 1 / [4, 4]
        // must not be served the kept 0.5.
        var session = IntervalArithmetic.KeepingLastReciprocal();
        var one = QuantityInterval.Point(1m, Number);
        Assert.Equal(0.5m, session.Divide(one, QuantityInterval.Point(2m, Number)).Low);
        Assert.Equal(0.5m, session.Divide(one, QuantityInterval.Point(2.0m, Number)).Low);
        Assert.Equal(0.25m, session.Divide(one, QuantityInterval.Point(4m, Number)).Low);
        Assert.Equal(0.25m, session.Divide(one, QuantityInterval.Point(4m, Number)).High);
    }

    [Fact]
    public void Decimals_are_the_same_bits_only_with_the_same_scale_and_sign()
    {
        Assert.True(DecimalBits.Same(1.50m, 1.50m));
        Assert.False(DecimalBits.Same(1.5m, 1.50m));
        Assert.False(DecimalBits.Same(0m, new decimal(0, 0, 0, true, 0)));
        Assert.True(DecimalBits.Same(null, null));
        Assert.False(DecimalBits.Same(0m, null));
        Assert.False(DecimalBits.Same(null, 0m));
    }

    [Fact]
    public void A_step_on_the_mantissa_is_the_decimal_addition_of_one_unit_in_the_last_place()
    {
        foreach (var value in DecimalSamples.Raw().Sample(Samples, new Rnd(7UL), 50).Concat(Edges()))
        {
            AssertSame(OutwardRounding.NextUpByAddition(value), OutwardRounding.NextUp(value), $"NextUp({Show(value)})");
            AssertSame(-OutwardRounding.NextUpByAddition(-value), OutwardRounding.NextDown(value), $"NextDown({Show(value)})");
        }
    }

    [Fact]
    public void A_quotient_the_mantissas_show_cannot_terminate_is_never_exact_in_decimal()
    {
        var gen = from a in Bound() from b in Bound() select (a, b);
        var refused = 0;
        foreach (var (a, b) in gen.Sample(Samples, new Rnd(11UL), 50).Concat(ExactQuotients()))
        {
            if (b == 0m || !TryDivide(a, b, out var quotient))
            {
                continue;
            }

            var exact = OutwardRounding.TryMultiplyExact(quotient, b, out var back) && back == a;
            if (!ScaledMagnitude.QuotientMayTerminate(ScaledMagnitude.Of(a), ScaledMagnitude.Of(b)))
            {
                refused++;
                Assert.False(exact, $"{Show(a)} / {Show(b)} was refused but is exact");
            }
        }

        Assert.InRange(refused, Samples / 10, Samples);
    }

    [Fact]
    public void Quotients_that_terminate_are_not_refused()
    {
        foreach (var (a, b) in ExactQuotients())
        {
            Assert.True(ScaledMagnitude.QuotientMayTerminate(ScaledMagnitude.Of(a), ScaledMagnitude.Of(b)), $"{Show(a)} / {Show(b)}");
        }
    }

    [Fact]
    public void Kuaishou_greenhouse_gas_per_employee_is_bracketed_as_by_hand_from_its_outer_corners()
    {
        // 69.44 萬噸 over 21,499 persons: [694,350, 694,450) t × 1 / [21,498.5, 21,499.5) persons.
        var mass = Dimension.MassDim;
        var ghg = new QuantityInterval(mass, 694_350m, 694_450m, true, false);
        var headcount = new QuantityInterval(Dimension.None, 21_498.5m, 21_499.5m, true, false);
        var perEmployee = IntervalArithmetic.Instance.Divide(ghg, headcount);

        // By hand: 694,350 / 21,499.5 = 32.2960999093…, 694,450 / 21,498.5 = 32.3022536456…; neither terminates, so the
        // reciprocals are rounded outward (1 / 21,499.5 down to 0.000046512709597897625526174, open as the headcount's
        // upper end is) and the products stay within 10^−21 of the quotients. 694,350 × 0.000046512709597897625526174
        // = 32.296099909300216284098916900 is exact (scale 27), so the low end stays open; the high end's product is
        // rounded, so it is closed.
        var low = Rational.From(694_350m) / Rational.From(21_499.5m);
        var high = Rational.From(694_450m) / Rational.From(21_498.5m);
        Assert.True(low.CompareTo(perEmployee.Low!.Value) > 0);
        Assert.True(low.CompareTo(perEmployee.Low.Value + 1e-21m) < 0);
        Assert.True(high.CompareTo(perEmployee.High!.Value) < 0);
        Assert.True(high.CompareTo(perEmployee.High.Value - 1e-21m) > 0);
        Assert.False(perEmployee.LowClosed);
        Assert.True(perEmployee.HighClosed);
        Assert.Equal(32.296099909300216284098916900m, perEmployee.Low);
        Assert.Equal(27, perEmployee.Low.Value.Scale);
        Assert.StartsWith("32.29609990930", perEmployee.Low.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.StartsWith("32.30225364560", perEmployee.High.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var reciprocal = IntervalArithmetic.Reciprocal(headcount);
        Assert.NotNull(IntervalArithmetic.OuterCorners(ghg, reciprocal, mass));
        AssertSame(IntervalArithmetic.MultiplyCorners(ghg, reciprocal, mass), perEmployee, "ghg / headcount");
    }

    [Fact]
    public void An_exact_product_of_printed_figures_keeps_its_scale_and_its_open_ends()
    {
        // 13,543.85 MWh × [1.0, 1.2) (both closed at the low end): 13,543.845 × 1.0 = 13,543.8450 exactly, scale 4.
        var energy = new QuantityInterval(Dimension.None, 13_543.845m, 13_543.855m, true, false);
        var ratio = new QuantityInterval(Dimension.None, 1.0m, 1.2m, true, false);
        var product = IntervalArithmetic.Instance.Multiply(energy, ratio);

        Assert.Equal(4, product.Low!.Value.Scale);
        Assert.Equal(13_543.8450m, product.Low.Value);
        Assert.Equal(16_252.6260m, product.High);
        Assert.True(product.LowClosed);
        Assert.False(product.HighClosed);
    }

    [Fact]
    public void Steps_keep_trailing_zeros_and_stop_short_of_zero_by_the_addition()
    {
        AssertSame(1.01m, OutwardRounding.NextUp(1.00m), "NextUp(1.00)");
        AssertSame(0.99m, OutwardRounding.NextDown(1.00m), "NextDown(1.00)");
        AssertSame(-0.06m, OutwardRounding.NextDown(-0.05m), "NextDown(-0.05)");
        Assert.Equal(0m, OutwardRounding.NextDown(0.01m));
        Assert.Equal(2, OutwardRounding.NextDown(0.01m)!.Value.Scale);
    }

    private static (QuantityInterval? Value, Type? Error) Outcome(Func<QuantityInterval> operation)
    {
        try
        {
            return (operation(), null);
        }
        catch (ArithmeticException ex)
        {
            return (null, ex.GetType());
        }
    }

    private static bool TryDivide(decimal a, decimal b, out decimal quotient)
    {
        try
        {
            quotient = a / b;
            return true;
        }
        catch (OverflowException)
        {
            quotient = 0m;
            return false;
        }
    }

    private static void AssertSame(QuantityInterval expected, QuantityInterval actual, string what)
    {
        Assert.True(expected.Dimension == actual.Dimension, what);
        AssertSame(expected.Low, actual.Low, $"{what}: low");
        AssertSame(expected.High, actual.High, $"{what}: high");
        Assert.True(expected.LowClosed == actual.LowClosed, $"{what}: low closed {expected.LowClosed}, got {actual.LowClosed}");
        Assert.True(expected.HighClosed == actual.HighClosed, $"{what}: high closed {expected.HighClosed}, got {actual.HighClosed}");
    }

    private static void AssertSame(decimal? expected, decimal? actual, string what)
    {
        Assert.True(expected.HasValue == actual.HasValue, $"{what}: {Show(expected)}, got {Show(actual)}");
        if (expected is { } e && actual is { } a)
        {
            Assert.True(decimal.GetBits(e).SequenceEqual(decimal.GetBits(a)), $"{what}: {Show(e)}, got {Show(a)}");
        }
    }

    private static string Show(decimal? value) =>
        value is { } v ? $"{v.ToString(System.Globalization.CultureInfo.InvariantCulture)} (scale {v.Scale}, {(decimal.IsNegative(v) ? "−" : "+")})" : "none";

    /// <summary>Printed figures (0–6 decimals), their reciprocals (28 digits), and raw decimals.</summary>
    private static Gen<decimal> Bound() =>
        Gen.Frequency(
            (4, Printed()),
            (3, from p in Printed() select p == 0m ? 1m : 1m / p),
            (2, DecimalSamples.Raw()),
            (1, Gen.Elements(Edges().ToArray())));

    private static Gen<decimal> Printed() =>
        from digits in Gen.Choose(0, 99_999_999)
        from scale in Gen.Choose(0, 6)
        from negative in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new decimal(digits, 0, 0, negative, (byte)scale);

    /// <summary>
    /// An interval: a bound, and an upper end a gap away (none: a point; one or two units in the last place: a reciprocal's
    /// rounding; ~10^−12 of it, either side of the shortcut's 2^−39; a printed width; wider; or below it: empty), ends
    /// open or closed.
    /// </summary>
    private static Gen<QuantityInterval> Interval() =>
        from low in Bound()
        from gap in Gen.Choose(0, 7)
        from lowClosed in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from highClosed in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Widen(low, gap, lowClosed, highClosed);

    private static QuantityInterval Widen(decimal low, int gap, bool lowClosed, bool highClosed)
    {
        try
        {
            var unit = new decimal(1, 0, 0, false, (byte)low.Scale);
            var high = gap switch
            {
                0 => low,
                1 => low + unit,
                2 => low + (Math.Abs(low) * 2e-12m),
                3 => low + (Math.Abs(low) * 1e-12m),
                4 => low + 0.01m,
                5 => (low * 3m) + 1m,
                6 => low + unit + unit,
                _ => (low / 2m) - 1m,
            };
            return new QuantityInterval(Number, low, high, lowClosed, highClosed);
        }
        catch (OverflowException)
        {
            return new QuantityInterval(Number, low, null, lowClosed, false);
        }
    }

    private static IEnumerable<decimal> Edges()
    {
        decimal[] mantissas =
        [
            0m, 1m, 2m, 9m, 10m, uint.MaxValue, (decimal)uint.MaxValue + 1m, ulong.MaxValue, (decimal)ulong.MaxValue + 1m,
            (decimal)ulong.MaxValue + 2m, decimal.MaxValue, decimal.MaxValue - 1m,
        ];
        foreach (var m in mantissas)
        {
            foreach (var scale in new byte[] { 0, 1, 2, 14, 27, 28 })
            {
                var bits = decimal.GetBits(m);
                yield return new decimal(bits[0], bits[1], bits[2], false, scale);
                yield return new decimal(bits[0], bits[1], bits[2], true, scale);
            }
        }
    }

    // a = b × q with q terminating (q of 2s and 5s, or an integer): quotients that are exact.
    private static IEnumerable<(decimal A, decimal B)> ExactQuotients()
    {
        foreach (var b in new[] { 1m, 3m, 21_499.5m, 0.007m, 40m, 1.25m, 3.6m })
        {
            foreach (var q in new[] { 0m, 1m, 0.5m, 0.25m, 8m, 0.0016m, 7m, 12.5m })
            {
                yield return (b * q, b);
            }
        }
    }
}
