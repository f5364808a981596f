using System.Globalization;
using System.Text;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>The prose's digits laid out from a decimal's mantissa and scale are the runtime's invariant text of it.</summary>
public class DecimalDigitsTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("1.50")]
    [InlineData("-1.50")]
    [InlineData("720827.6856")]
    [InlineData("0.0045")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("18446744073709551615")]
    [InlineData("1844674407.3709551615")]
    [InlineData("-1844674407370955161.5")]
    public void Digits_are_the_invariant_text(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(text, Format(value));
    }

    [Fact]
    public void Random_decimals_print_as_the_runtime_prints_them()
    {
        var random = new Random(20261206);
        for (var i = 0; i < 20_000; i++)
        {
            var value = new decimal(random.Next(int.MinValue, int.MaxValue), random.Next(3) == 0 ? 0 : random.Next(int.MinValue, int.MaxValue), 0,
                random.Next(2) == 0, (byte)random.Next(29));

            Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Format(value));
        }
    }

    [Fact]
    public void A_mantissa_wider_than_64_bits_and_a_negative_zero_are_left_to_the_runtime()
    {
        Span<byte> text = stackalloc byte[64];

        Assert.False(DecimalDigits.TryFormat(18446744073709551616m, text, out _));
        Assert.False(DecimalDigits.TryFormat(new decimal(0, 0, 0, true, 2), text, out _));
    }

    [Theory]
    [InlineData(0UL, 1, "0")]
    [InlineData(7UL, 3, "007")]
    [InlineData(1234567890123456789UL, 19, "1234567890123456789")]
    [InlineData(45UL, 28, "0000000000000000000000000045")]
    [InlineData(18446744073709551615UL, 20, "18446744073709551615")]
    public void Digits_fill_their_place_with_leading_zeros(ulong value, int width, string expected)
    {
        var text = new byte[width];
        DecimalDigits.WriteDigits(value, text);

        Assert.Equal(expected, Encoding.ASCII.GetString(text));
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture).Length, DecimalDigits.CountDigits(value));
    }

    [Fact]
    public void The_longest_text_fits_its_stated_length()
    {
        Assert.Equal(DecimalDigits.MaxLength, Format(new decimal(1, 0, 0, true, 28)).Length);
        Assert.False(DecimalDigits.TryFormat(1m, stackalloc byte[DecimalDigits.MaxLength - 1], out _));
    }

    private static string Format(decimal value)
    {
        Span<byte> text = stackalloc byte[64];
        Assert.True(DecimalDigits.TryFormat(value, text, out var written));
        return Encoding.ASCII.GetString(text[..written]);
    }
}
