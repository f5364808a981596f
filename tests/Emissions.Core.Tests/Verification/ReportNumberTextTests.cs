using System.Globalization;
using System.Numerics;
using System.Text;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A report number's text: exact, trailing fractional zeros trimmed, cut half to even at 20 significant digits but never above the units.</summary>
public class ReportNumberTextTests
{
    [Theory]
    [InlineData("32.299176705893297362668031071", "32.299176705893297363")]
    [InlineData("1.2345678901234567890500", "1.234567890123456789")]
    [InlineData("98765432109876543210.5", "98765432109876543210")]
    [InlineData("-0.00012345678901234567891234", "-0.00012345678901234567891")]
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    [InlineData("1000000000000000000000.00", "1000000000000000000000")]
    [InlineData("18446744073709551616.000", "18446744073709551616")]
    [InlineData("-0.00", "0")]
    public void A_wide_number_prints_cut_to_twenty_digits(string value, string expected)
    {
        Assert.Equal(expected, Format(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Random_wide_numbers_print_as_rounding_them_in_decimal_does()
    {
        var random = new Random(61206);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(int.MinValue, int.MaxValue), random.Next(int.MinValue, int.MaxValue), random.Next(0, int.MaxValue),
                random.Next(2) == 0, (byte)random.Next(29));

            Assert.Equal(Reference(value), Format(value));
        }
    }

    [Fact]
    public void Random_numbers_within_64_bits_print_exactly_with_trailing_zeros_trimmed()
    {
        // Mantissas of every length from 1 to 20 digits (some ending in zeros), at every scale, either sign: nothing is cut.
        var random = new Random(61209);
        for (var i = 0; i < 20_000; i++)
        {
            var mantissa = ((ulong)random.NextInt64() | ((ulong)random.Next(2) << 63)) >> random.Next(64);
            if (i % 4 == 0)
            {
                mantissa -= mantissa % 1000;
            }

            var value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, random.Next(2) == 0, (byte)random.Next(29));
            Assert.Equal(Reference(value), Format(value));
        }
    }

    [Fact]
    public void Wide_numbers_at_and_beside_the_rounding_midpoint_print_as_rounding_them_in_decimal_does()
    {
        // 20 kept digits followed by every drop count (1–9) of exact halves (5, 50, …, 500000000), one unit either side
        // of them, zeros and all nines; kept parts odd and even, all nines (the carry into a 21st digit), at every scale.
        var random = new Random(61207);
        var largest = (BigInteger.One << 96) - 1;
        var checkedCount = 0;
        for (var i = 0; i < 4_000; i++)
        {
            var drop = 1 + (i % 9);
            var unit = BigInteger.Pow(10, drop);
            var kept = i % 50 == 0
                ? BigInteger.Pow(10, 20) - 1
                : BigInteger.Pow(10, 19) + (new BigInteger(random.NextInt64(0, long.MaxValue)) * random.Next(1, 9));
            foreach (var rest in new[] { unit / 2, (unit / 2) - 1, (unit / 2) + 1, BigInteger.Zero, unit - 1 })
            {
                var mantissa = (kept * unit) + rest;
                if (mantissa > largest)
                {
                    continue;
                }

                var value = Decimal(mantissa, random.Next(2) == 0, (byte)random.Next(29));
                Assert.Equal(Reference(value), Format(value));
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 15_000, $"only {checkedCount} values fit in a decimal");
    }

    [Fact]
    public void Integers_wider_than_64_bits_print_every_digit_around_each_split_at_ten_to_the_nineteenth()
    {
        // At scale 0 nothing is cut: the text is the whole mantissa, whose last 19 digits and the digits above them come
        // from the split by 10^19. Mantissas from 2^64 to 2^96 − 1, the high word over its whole range (the random test
        // draws it below 2^31), on and beside multiples of 10^9, 10^18 and 10^19 where a long division's carries meet.
        var random = new Random(61208);
        var largest = (BigInteger.One << 96) - 1;
        var smallest = BigInteger.One << 64;
        var mantissas = new List<BigInteger> { smallest, smallest + 1, largest, largest - 1 };
        foreach (var power in new[] { 9, 18, 19, 27, 28 })
        {
            var unit = BigInteger.Pow(10, power);
            for (var i = 0; i < 400; i++)
            {
                var multiple = unit * ((new BigInteger(random.NextInt64(long.MaxValue)) << 32) % (largest / unit + 1));
                mantissas.AddRange([multiple - 1, multiple, multiple + 1, multiple + (unit / 2)]);
            }
        }

        for (var i = 0; i < 5_000; i++)
        {
            mantissas.Add(((new BigInteger((uint)random.Next() | ((uint)random.Next(2) << 31)) << 64) | new BigInteger((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63))) & largest);
        }

        var checkedCount = 0;
        foreach (var mantissa in mantissas.Where(m => m >= smallest && m <= largest))
        {
            var negative = checkedCount % 2 == 1;
            Assert.Equal((negative ? "-" : "") + mantissa.ToString(CultureInfo.InvariantCulture), Format(Decimal(mantissa, negative, 0)));
            checkedCount++;
        }

        Assert.True(checkedCount > 10_000, $"only {checkedCount} mantissas were wider than 64 bits");
    }

    private static decimal Decimal(BigInteger mantissa, bool negative, byte scale)
    {
        var bytes = new byte[12];
        mantissa.TryWriteBytes(bytes, out _, isUnsigned: true);
        return new decimal(BitConverter.ToInt32(bytes, 0), BitConverter.ToInt32(bytes, 4), BitConverter.ToInt32(bytes, 8), negative, scale);
    }

    // The text by decimal arithmetic: rounded half to even to 20 significant digits (never above the units), trailing zeros trimmed.
    private static string Reference(decimal value)
    {
        var bits = decimal.GetBits(value);
        var scale = (bits[3] >> 16) & 0xFF;
        var mantissaDigits = new System.Numerics.BigInteger(new ReadOnlySpan<byte>(
            [.. BitConverter.GetBytes(bits[0]), .. BitConverter.GetBytes(bits[1]), .. BitConverter.GetBytes(bits[2]), 0])).ToString(CultureInfo.InvariantCulture).Length;
        var drop = mantissaDigits - 20;
        var rounded = drop > 0 && scale - drop >= 0 ? Math.Round(value, scale - drop, MidpointRounding.ToEven) : value;
        var text = rounded.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0').TrimEnd('.');
        }

        return text is "-0" ? "0" : text;
    }

    private static string Format(decimal value)
    {
        Span<byte> text = stackalloc byte[ReportNumberText.MaxLength];
        return Encoding.ASCII.GetString(text[..ReportNumberText.Format(value, text)]);
    }
}
