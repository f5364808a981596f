using System.Globalization;
using System.Text;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// The short exact text of an answer's amounts (<see cref="DecimalText.TryFormatShortExact"/>), written from the
/// decimal's integer and scale: the invariant text less the trailing zeros of its fraction, as the pattern
/// <c>0.############################</c> writes it, for every value of at most 20 digits.
/// </summary>
public class ShortExactFormatTests
{
    private static string? Short(decimal value)
    {
        Span<byte> text = stackalloc byte[DecimalText.ShortExactLength];
        return DecimalText.TryFormatShortExact(value, text, out var written) ? Encoding.ASCII.GetString(text[..written]) : null;
    }

    // The documented meaning: the pattern's text ("-0" is "0"), for values the pattern need not round (≤ 28 decimals).
    private static string Pattern(decimal value)
    {
        var text = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }

    [Theory]
    [InlineData("1.000", "1")]
    [InlineData("42.620", "42.62")]
    [InlineData("100.00", "100")]
    [InlineData("1000", "1000")]
    [InlineData("0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("-0.000", "0")]
    [InlineData("-1.50", "-1.5")]
    [InlineData("0.00012300", "0.000123")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("-0.0000000000000000000000000001", "-0.0000000000000000000000000001")]
    [InlineData("9999999999999999999", "9999999999999999999")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("-18446744073709551615", "-18446744073709551615")]
    [InlineData("1844674407370955161.5", "1844674407370955161.5")]
    [InlineData("0.18446744073709551615", "0.18446744073709551615")]
    [InlineData("0.00000000184467440737095516", "0.00000000184467440737095516")]
    [InlineData("3455726.12000", "3455726.12")]
    public void Amounts_of_up_to_twenty_digits_are_written_without_trailing_fraction_zeros(string written, string expected)
    {
        var value = decimal.Parse(written, NumberStyles.Number, CultureInfo.InvariantCulture);

        Assert.Equal(expected, Short(value));
        Assert.Equal(expected, DecimalText.Exact(value));
    }

    [Theory]
    [InlineData("18446744073709551616")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1.8446744073709551616")]
    public void Amounts_of_more_than_twenty_digits_are_left_to_the_general_format(string written)
    {
        var value = decimal.Parse(written, NumberStyles.Number, CultureInfo.InvariantCulture);

        Assert.Null(Short(value));
        Assert.Equal(written, DecimalText.Exact(value));
    }

    [Fact]
    public void A_destination_shorter_than_the_longest_text_is_refused()
    {
        Span<byte> text = stackalloc byte[DecimalText.ShortExactLength - 1];

        Assert.False(DecimalText.TryFormatShortExact(1m, text, out var written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Seeded_values_of_every_scale_and_sign_are_written_as_the_pattern_writes_them()
    {
        var random = new Random(16);
        for (var i = 0; i < 20_000; i++)
        {
            // Integers of 1 to 20 digits (some with trailing zeros), every scale 0…28, both signs.
            var digits = random.Next(1, 21);
            var full = ((ulong)random.NextInt64() << 1) | (uint)random.Next(2);
            var integer = digits >= 20 ? full : full % Pow10(digits);
            if (i % 5 == 0)
            {
                integer -= integer % 1000;
            }

            var value = new decimal((int)(uint)integer, (int)(uint)(integer >> 32), 0, random.Next(2) == 0, (byte)random.Next(29));

            Assert.Equal(Pattern(value), Short(value));
        }
    }

    private static ulong Pow10(int exponent)
    {
        var power = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10;
        }

        return power;
    }
}
