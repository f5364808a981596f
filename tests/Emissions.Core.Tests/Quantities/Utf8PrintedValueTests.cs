using System.Text;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// A check request's value read straight from its UTF-8 bytes (Measurement.TryParseUtf8) is the measurement the string
/// parse gives for the same text, bit for bit; anything it does not read (a unit inside the value, full-width digits,
/// a malformed number, the decimal-comma format) it leaves to the string parse, so that every error stays that parse's.
/// </summary>
public sealed class Utf8PrintedValueTests
{
    private static Measurement? FromBytes(string value, string? unit, NumberFormat format = NumberFormat.Invariant) =>
        Measurement.TryParseUtf8(Encoding.UTF8.GetBytes(value), unit, format, out var measurement) ? measurement : null;

    [Theory]
    [InlineData("13,543.85", "兆瓦時", 13543.85, 2)]
    [InlineData("69.40", "萬噸", 69.40, 2)]
    [InlineData("21,499", "人", 21499, 0)]
    [InlineData(" 0.05 ", "千克 / 人", 0.05, 2)]
    [InlineData("273,431.40", "立方米", 273431.40, 2)]
    [InlineData("+12.5", "t", 12.5, 1)]
    [InlineData("-3", "t", -3, 0)]
    [InlineData("1.5e3", "t", 1500, 0)]
    public void A_usual_value_with_its_unit_apart_reads_as_the_string_parse_reads_it(string value, string unit, decimal expected, int scale)
    {
        var read = FromBytes(value, unit);

        Assert.NotNull(read);
        Assert.Equal(decimal.GetBits(Measurement.Parse(value, unit).Value), decimal.GetBits(read.Value.Value));
        Assert.Equal((expected, scale), (read.Value.Value, read.Value.Scale));
        Assert.Same(Measurement.Parse(value, unit).Unit, read.Value.Unit);
    }

    [Theory]
    [InlineData("1.382", 1.382, 3)]
    [InlineData("1,234,567.0", 1234567.0, 1)]
    [InlineData("25", 25, 0)]
    public void A_bare_number_with_no_unit_reads_as_a_pure_number_as_the_string_parse_reads_it(string value, decimal expected, int scale)
    {
        var read = FromBytes(value, unit: null);

        Assert.NotNull(read);
        Assert.Equal((expected, scale), (read.Value.Value, read.Value.Scale));
        Assert.Equal(Measurement.Parse(value), read.Value);
        Assert.True(read.Value.Dimension.IsDimensionless);
    }

    [Theory]
    [InlineData("94.8 %", null)] // the unit inside the value
    [InlineData("5億500万度", null)]
    [InlineData(" 12", null)] // white space with no unit apart: the combined parse trims it
    [InlineData("-3", null)] // a sign with no unit apart: the combined parse reads it
    [InlineData("１２.５", "t")] // full-width digits fold to ASCII in the string parse
    [InlineData("12,34", "t")] // malformed: the string parse names it
    [InlineData("", "t")]
    [InlineData("abc", "t")]
    public void A_value_the_bytes_do_not_read_is_left_to_the_string_parse(string value, string? unit)
    {
        Assert.Null(FromBytes(value, unit));
    }

    [Fact]
    public void The_decimal_comma_format_is_left_to_the_string_parse()
    {
        Assert.Null(FromBytes("12.5", "t", NumberFormat.DecimalComma));
        Assert.NotNull(FromBytes("12.5", "t"));
    }

    [Fact]
    public void An_unknown_unit_apart_is_refused_with_the_string_parses_message()
    {
        var fromBytes = Assert.Throws<QuantityException>(() => FromBytes("12.5", "MWhh"));
        var fromString = Assert.Throws<QuantityException>(() => Measurement.Parse("12.5", "MWhh"));

        Assert.Equal((fromString.Error, fromString.Message, fromString.Expected), (fromBytes.Error, fromBytes.Message, fromBytes.Expected));
        Assert.Equal(fromString.Suggestions, fromBytes.Suggestions);
        Assert.StartsWith("'12.5 MWhh'", fromBytes.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_read_in_one_pass_over_its_bytes_is_the_number_the_general_way_reads_bit_for_bit()
    {
        // Texts over the characters that matter (digits, separators, sign, exponent, white space), of every length to 14.
        const string alphabet = "0123456789012345678901,,..- e+\n";
        var random = new Random(20261207);
        var read = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 15)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (!DecimalText.TryReadUsual(Encoding.ASCII.GetBytes(text), out var usual))
            {
                continue;
            }

            read++;
            Assert.True(DecimalText.TryParse(text, out var general), $"'{text}' read in one pass but not the general way");
            Assert.Equal(decimal.GetBits(general), decimal.GetBits(usual));
        }

        Assert.True(read > 1_000, $"only {read} texts read in one pass");
    }

    [Theory]
    [InlineData("1,234,567.890", "1234567.890")]
    [InlineData("0,123", "123")]
    [InlineData("69.40", "69.40")]
    [InlineData("9999999999999999999", "9999999999999999999")]
    public void A_usual_figure_is_read_in_one_pass_with_its_printed_scale(string text, string expected)
    {
        Assert.True(DecimalText.TryReadUsual(Encoding.ASCII.GetBytes(text), out var value));
        Assert.Equal(decimal.GetBits(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), decimal.GetBits(value));
    }

    [Theory]
    [InlineData("1234,567")]
    [InlineData("1,23,456")]
    [InlineData(",123")]
    [InlineData("1,")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1.2.3")]
    [InlineData("12 ")]
    [InlineData("99999999999999999999")]
    public void A_text_that_is_not_the_usual_figure_is_not_read_in_one_pass(string text)
    {
        Assert.False(DecimalText.TryReadUsual(Encoding.ASCII.GetBytes(text), out _));
    }
}
