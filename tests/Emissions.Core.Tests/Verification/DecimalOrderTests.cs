using System.Globalization;
using Emissions.Verification;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// DecimalOrder answers as decimal's own operators do, on every pair drawn: random 32-, 64- and 96-bit mantissas at every
/// scale and sign, printed figures and their reciprocals, zeros of every scale and sign, equal values at different scales
/// (1 and 1.000), and the edges of the range. Samples come from fixed seeds, so every run compares the same pairs.
/// </summary>
public class DecimalOrderTests
{
    private const int Samples = 50_000;

    [Fact]
    public void Compare_and_equal_give_the_operators_answers_on_random_pairs()
    {
        var gen = from a in Value() from b in Value() select (a, b);
        var scaledPath = 0;
        foreach (var (a, b) in gen.Sample(Samples, new Rnd(20261207UL), 50))
        {
            AssertAgrees(a, b);
            AssertAgrees(b, a);
            if (a.Scale != b.Scale && a != 0m && b != 0m && decimal.IsNegative(a) == decimal.IsNegative(b))
            {
                scaledPath++;
            }
        }

        // Pairs of one sign at different scales take the 128-bit path or the runtime's: the draw must reach them often.
        Assert.True(scaledPath > Samples / 10, $"only {scaledPath} pairs of one sign at two scales");
    }

    [Fact]
    public void Equal_values_written_at_different_scales_compare_equal()
    {
        foreach (var value in Edges().Concat(Value().Sample(2_000, new Rnd(3UL), 50)))
        {
            // The same value with trailing zeros, as far as decimal holds them.
            var widened = value;
            for (var i = 0; i < 28 && TryTimesOnePointZero(widened, out var next) && next.Scale > widened.Scale; i++)
            {
                widened = next;
                AssertAgrees(value, widened);
                AssertAgrees(widened, value);
                Assert.True(DecimalOrder.Equal(value, widened), $"{Show(value)} = {Show(widened)}");
            }
        }
    }

    [Fact]
    public void Every_pair_of_edges_compares_as_the_operators_do()
    {
        var edges = Edges().ToArray();
        foreach (var a in edges)
        {
            foreach (var b in edges)
            {
                AssertAgrees(a, b);
            }
        }
    }

    [Fact]
    public void Zero_sign_and_one_tests_give_the_operators_answers()
    {
        foreach (var value in Value().Sample(Samples, new Rnd(5UL), 50).Concat(Edges()))
        {
            Assert.True((value == 0m) == DecimalOrder.IsZero(value), $"IsZero({Show(value)})");
            Assert.True((value > 0m) == DecimalOrder.IsPositive(value), $"IsPositive({Show(value)})");
            Assert.True((value < 0m) == DecimalOrder.IsBelowZero(value), $"IsBelowZero({Show(value)})");
            Assert.True((value.Scale == 0 && value == 1m) == DecimalOrder.IsOneAtScaleZero(value), $"IsOneAtScaleZero({Show(value)})");
        }

        Assert.True(DecimalOrder.IsOneAtScaleZero(1m));
        Assert.False(DecimalOrder.IsOneAtScaleZero(1.0m));
        Assert.False(DecimalOrder.IsOneAtScaleZero(-1m));
        Assert.True(DecimalOrder.IsZero(-0.000m));
        Assert.False(DecimalOrder.IsBelowZero(-0.000m));
    }

    [Fact]
    public void The_words_read_in_place_are_the_ones_GetBits_gives()
    {
        foreach (var value in Value().Sample(5_000, new Rnd(9UL), 50).Concat(Edges()))
        {
            var bits = decimal.GetBits(value);
            var (flags, high, low) = DecimalOrder.WordsOf(value);
            Assert.Equal(bits[3], flags);
            Assert.Equal((uint)bits[2], high);
            Assert.Equal(((ulong)(uint)bits[1] << 32) | (uint)bits[0], low);
        }
    }

    [Fact]
    public void Nullable_equality_is_the_lifted_operator()
    {
        decimal?[] values = [null, 0m, -0.0m, 1m, 1.00m, 2m, -1m];
        foreach (var a in values)
        {
            foreach (var b in values)
            {
                Assert.Equal(a == b, DecimalOrder.Equal(a, b));
            }
        }
    }

    private static void AssertAgrees(decimal a, decimal b)
    {
        var what = $"{Show(a)} against {Show(b)}";
        Assert.True(a.CompareTo(b) == DecimalOrder.Compare(a, b), $"Compare({what}): {a.CompareTo(b)}, got {DecimalOrder.Compare(a, b)}");
        Assert.True((a == b) == DecimalOrder.Equal(a, b), $"Equal({what})");
        Assert.True((a < b) == (DecimalOrder.Compare(a, b) < 0), $"< ({what})");
        Assert.True((a <= b) == (DecimalOrder.Compare(a, b) <= 0), $"<= ({what})");
    }

    private static bool TryTimesOnePointZero(decimal value, out decimal result)
    {
        try
        {
            result = value * 1.0m;
            return true;
        }
        catch (OverflowException)
        {
            result = value;
            return false;
        }
    }

    private static string Show(decimal value) =>
        $"{value.ToString(CultureInfo.InvariantCulture)} (scale {value.Scale}, {(decimal.IsNegative(value) ? "−" : "+")})";

    /// <summary>Printed figures (0–6 decimals, some near each other), their reciprocals, raw decimals and edges.</summary>
    private static Gen<decimal> Value() =>
        Gen.Frequency(
            (4, Printed()),
            (2, from p in Printed() select p == 0m ? 1m : 1m / p),
            (3, DecimalSamples.Raw(1000)),
            (1, Gen.Elements(Edges().ToArray())));

    private static Gen<decimal> Printed() =>
        from digits in Gen.Choose(0, 2_000)
        from scale in Gen.Choose(0, 6)
        from negative in Gen.Frequency((8, Gen.Constant(false)), (2, Gen.Constant(true)))
        select new decimal(digits, 0, 0, negative, (byte)scale);

    private static IEnumerable<decimal> Edges()
    {
        decimal[] mantissas =
        [
            0m, 1m, 2m, 9m, 10m, 100m, uint.MaxValue, (decimal)uint.MaxValue + 1m, ulong.MaxValue, (decimal)ulong.MaxValue + 1m,
            (decimal)ulong.MaxValue + 2m, 10_000_000_000_000_000_000m, decimal.MaxValue, decimal.MaxValue - 1m,
        ];
        foreach (var m in mantissas)
        {
            foreach (var scale in new byte[] { 0, 1, 2, 3, 14, 19, 20, 27, 28 })
            {
                var bits = decimal.GetBits(m);
                yield return new decimal(bits[0], bits[1], bits[2], false, scale);
                yield return new decimal(bits[0], bits[1], bits[2], true, scale);
            }
        }
    }
}
