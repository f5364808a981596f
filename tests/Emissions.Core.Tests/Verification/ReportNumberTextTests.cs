using System.Globalization;
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
