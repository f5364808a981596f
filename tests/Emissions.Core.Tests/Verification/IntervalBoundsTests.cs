using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// The interval bounds' fast paths give the same decimals as the general ones: an addition of small magnitudes skips the
/// overflow guard, a subtraction is worked out without negating a copy, and a decimal's high word is read in place.
/// </summary>
public class IntervalBoundsTests
{
    private static readonly IntervalArithmetic Arithmetic = IntervalArithmetic.Instance;

    public static TheoryData<decimal> Decimals => new()
    {
        0m, -0m, 1m, -1m, 694_350.000m, 0.0000000000000000000000000001m, 1.2345678901234567890123456789m,
        decimal.MaxValue, decimal.MinValue, 19_807_040_628_566_084_398_385_987_584m, -19_807_040_628_566_084_398_385_987_583m,
    };

    [Theory]
    [MemberData(nameof(Decimals))]
    public void High_word_read_in_place_is_the_third_word_of_GetBits(decimal value)
    {
        Assert.Equal((uint)decimal.GetBits(value)[2], DecimalBits.High(value));
    }

    [Theory]
    [MemberData(nameof(Decimals))]
    public void Mantissa_read_in_place_is_the_first_three_words_of_GetBits(decimal value)
    {
        var bits = decimal.GetBits(value);
        Assert.Equal(((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]), DecimalBits.Mantissa(value));
    }

    [Fact]
    public void Sums_just_below_and_above_the_guard_agree_with_exact_arithmetic()
    {
        // 2^94 − 1 has high word 2^30 − 1 (the fast path); 2^94 has high word 2^30 (the checked path).
        var below = 19_807_040_628_566_084_398_385_987_583m;
        var at = 19_807_040_628_566_084_398_385_987_584m;

        Assert.Equal(39_614_081_257_132_168_796_771_975_166m, OutwardRounding.AddDown(below, below));
        Assert.Equal(39_614_081_257_132_168_796_771_975_168m, OutwardRounding.AddUp(at, at));
        Assert.Equal(39_614_081_257_132_168_796_771_975_167m, OutwardRounding.AddDown(below, at));
    }

    [Fact]
    public void A_sum_beyond_the_decimal_range_is_unbounded_not_an_error()
    {
        Assert.Null(OutwardRounding.AddUp(decimal.MaxValue, 1m));
        Assert.Null(OutwardRounding.AddDown(decimal.MinValue, -1m));
    }

    [Fact]
    public void A_rounded_sum_of_small_magnitudes_is_widened_outward()
    {
        // 7.1234567890123456789012345678 + 1 needs 29 significant digits: decimal rounds it to …568 (27 places), which
        // is above the exact …5678, so the lower bound steps down one unit and the upper one up one unit from there.
        var low = OutwardRounding.AddDown(7.1234567890123456789012345678m, 1m);
        var high = OutwardRounding.AddUp(7.1234567890123456789012345678m, 1m);

        Assert.Equal(8.123456789012345678901234567m, low);
        Assert.Equal(8.123456789012345678901234569m, high);
    }

    private static readonly (QuantityInterval Left, QuantityInterval Right)[] Pairs =
    [
        (new(Dimension.EnergyDim, 694_350m, 694_450m, true, false), new(Dimension.EnergyDim, 1_000.5m, 1_001.5m, true, false)),
        (new(Dimension.EnergyDim, 1m, null, false, false), new(Dimension.EnergyDim, -3.25m, 2m, true, true)),
        (new(Dimension.None, null, 0.08m, false, false), new(Dimension.None, 0m, 0.05m, true, false)),
        (new(Dimension.None, 0.1234567890123456789012345678m, 0.2m, true, true), new(Dimension.None, -1m, -0.9999999999999999999999999999m, true, true)),
        (new(Dimension.None, decimal.MaxValue, decimal.MaxValue, true, true), new(Dimension.None, -1m, -1m, true, true)),
    ];

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Subtracting_is_adding_the_negation(int pair)
    {
        var (left, right) = Pairs[pair];

        Assert.Equal(Arithmetic.Add(left, Arithmetic.Negate(right)), Arithmetic.Subtract(left, right));
    }

    [Fact]
    public void Subtracting_another_kind_names_the_subtraction()
    {
        var energy = new QuantityInterval(Dimension.EnergyDim, 1m, 2m, true, true);
        var mass = new QuantityInterval(Dimension.MassDim, 1m, 2m, true, true);

        var error = Assert.Throws<QuantityException>(() => Arithmetic.Subtract(energy, mass));

        Assert.StartsWith("cannot subtract", error.Message, StringComparison.Ordinal);
    }
}
