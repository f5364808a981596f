using Emissions.Quantities;
using Emissions.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// A printed unit's conversion into a relation's space, shared by every operand of that unit and kind: the same decimals
/// the per-operand arithmetic gave (value, scale and sign), worked out once.
/// </summary>
public class SpaceConversionTests
{
    [Fact]
    public void Conversions_of_the_same_bits_are_one_object_and_a_scale_of_other_digits_is_another()
    {
        var tenThousand = SpaceConversion.Of(10_000m, 1m, 1m);

        Assert.Same(tenThousand, SpaceConversion.Of(10_000m, 1m, 1m));
        // 10,000.0 is the same value but multiplies 69.44 into 694,400.00, not 694,400.0: another conversion.
        Assert.NotSame(tenThousand, SpaceConversion.Of(10_000.0m, 1m, 1m));
        Assert.Equal(2, tenThousand.ToSpace(69.44m).Scale);
        Assert.Equal(3, SpaceConversion.Of(10_000.0m, 1m, 1m).ToSpace(69.44m).Scale);
    }

    [Fact]
    public void Wan_tonnes_become_tonnes_with_the_printed_scale_and_back()
    {
        // 69.44 萬噸 = 694,400 t; its rounding interval [69.435, 69.445) is [694,350, 694,450) t, exact, so closed as printed.
        var wan = SpaceConversion.Of(10_000m, 1m, 1m);

        Assert.Equal(694_400.00m, wan.ToSpace(69.44m));
        Assert.Equal(2, wan.ToSpace(69.44m).Scale);
        var interval = wan.ToSpace(new PrintedInterval(69.435m, 69.445m, true, false), Dimension.MassDim);
        Assert.Equal(694_350.000m, interval.Low);
        Assert.Equal(694_450.000m, interval.High);
        Assert.True(interval.LowClosed);
        Assert.False(interval.HighClosed);
        Assert.Equal(69.44m, wan.ToPrinted(694_400m));
    }

    [Fact]
    public void A_scale_that_is_not_a_terminating_decimal_is_rounded_outward()
    {
        // 亩 = 10,000/15 m²: [1.5, 2.5) 亩 is [1,000, 1,666.66…) m². The low end is exact (15,000 / 15); the high end
        // 25,000 / 15 does not terminate, so it lies strictly above the exact quotient, by less than 10^−24.
        var mu = SpaceConversion.Of(10_000m, 15m, 1m);
        var interval = mu.ToSpace(new PrintedInterval(1.5m, 2.5m, true, false), Dimension.AreaDim);

        Assert.Equal(1_000m, interval.Low);
        Assert.True(interval.LowClosed);
        var high = interval.High!.Value;
        Assert.True(high * 15m > 25_000m, $"{high} × 15 should pass 25,000");
        Assert.True(high - (25_000m / 15m) < 1e-24m);
        Assert.False(interval.HighClosed);

        // The face value is the nearest decimal: 2 亩 = 1,333.33… m².
        Assert.Equal(20_000m / 15m, mu.ToSpace(2m));
    }

    [Fact]
    public void Every_conversion_gives_the_decimals_of_the_arithmetic_written_out()
    {
        var scales = new (decimal Numerator, decimal Denominator, decimal Factor)[]
        {
            (1m, 1m, 1m), (1_000m, 1m, 1m), (10_000m, 1m, 1m), (10_000m, 15m, 1m), (1m, 3_600m, 1m), (5m, 18m, 1m),
            (1m, 1m, 0.001m), (1_000m, 1m, 0.001m), (1.0m, 1m, 1m), (1m, 1m, 1.0m), (44m, 12m, 1m), (1m, 1m, 3.6m),
        };
        foreach (var value in DecimalSamples.Raw(shortBelow: 1_000_000u).Sample(5_000, new Rnd(5UL), 50).Append(new decimal(0, 0, 0, true, 0)).Append(0.000m))
        {
            foreach (var (n, d, f) in scales)
            {
                var conversion = SpaceConversion.Of(n, d, f);
                var what = $"{value} in ({n} / {d}) × {f}";

                // Into the space: the face value as each operand worked it out before, to the bit (a 1 of scale 0 is skipped).
                var written = Try(() => (d == 1m ? value * n : value * n / d) * f);
                var shared = Try(() => conversion.ToSpace(value));
                Assert.True(written.HasValue == shared.HasValue, $"{what}: {written}, got {shared}");
                if (written is { } w && shared is { } s)
                {
                    Assert.True(decimal.GetBits(w).SequenceEqual(decimal.GetBits(s)), $"{what}: {w} (scale {w.Scale}), got {s} (scale {s.Scale})");
                }

                // Back to the printed unit: the quotient's value (an exact reciprocal's product may differ in scale only).
                if (Try(() => value / f * d / n) is { } back && Try(() => conversion.ToPrinted(value)) is { } printed)
                {
                    Assert.True(back == printed, $"{what} back: {back}, got {printed}");
                }
            }
        }
    }

    private static decimal? Try(Func<decimal> operation)
    {
        try
        {
            return operation();
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
