using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// The usual printed figure (at most 19 digits, no sign, no exponent) is read by hand into its mantissa and scale; the
/// decimal must be the one decimal.TryParse gives for the same text without its separators: the same digits, the same
/// printed scale (so "69.40" stays 69.40), bit for bit.
/// </summary>
public sealed class ShortPrintedNumberTests
{
    // What the general way gives: the separators dropped, decimal.TryParse of the rest (no rounding at these lengths).
    private static decimal? General(string text)
    {
        var digits = new string([.. text.Where(c => c is not (',' or '\u2009' or '\u202F' or '\u00A0'))]);
        return decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static void AssertSameBits(string text)
    {
        decimal? read = DecimalText.TryParseChecked(text, out var value) ? value : null;
        var general = General(text);

        Assert.True(read.HasValue == general.HasValue, $"'{text}': read {read}, general {general}");
        if (read is { } r && general is { } g)
        {
            Assert.Equal(decimal.GetBits(g), decimal.GetBits(r));
        }
    }

    [Theory]
    [InlineData("69.44")]
    [InlineData("69.40")]
    [InlineData("0")]
    [InlineData("0.00")]
    [InlineData("000.10")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("1,234,567.890")]
    [InlineData("721\u202F117.23")]
    [InlineData("9999999999999999999")]
    [InlineData("18446744073709551615")]
    [InlineData("0.0000000000000000001")]
    [InlineData("1234567890.123456789")]
    [InlineData("-0.00")]
    [InlineData("+12.5")]
    [InlineData("1.5e3")]
    [InlineData("1.2,3")]
    [InlineData(".")]
    public void A_printed_number_reads_as_the_general_parser_reads_it(string text) => AssertSameBits(text);

    [Fact]
    public void Generated_numbers_of_every_length_and_scale_read_as_the_general_parser_reads_them()
    {
        var random = new Random(20261207);
        for (var i = 0; i < 20_000; i++)
        {
            var integer = random.Next(0, 4) == 0 ? "0" : string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => (char)('0' + random.Next(10))));
            var fraction = random.Next(0, 3) == 0 ? "" : "." + string.Concat(Enumerable.Range(0, random.Next(0, 12)).Select(_ => (char)('0' + random.Next(10))));
            var grouped = random.Next(0, 2) == 0 && integer.Length > 3 ? Group(integer) : integer;
            AssertSameBits(grouped + fraction);
        }
    }

    private static string Group(string digits)
    {
        var first = digits.Length % 3 == 0 ? 3 : digits.Length % 3;
        var parts = new List<string> { digits[..first] };
        for (var i = first; i < digits.Length; i += 3)
        {
            parts.Add(digits[i..(i + 3)]);
        }

        return string.Join(',', parts);
    }

    [Theory]
    [InlineData("69.44", false)]
    [InlineData("萬噸", false)]
    [InlineData("ＭＷｈ", true)]
    [InlineData("tCO₂", true)]
    [InlineData("噸\u2215人", true)]
    public void Only_text_with_a_form_to_fold_needs_folding(string text, bool needs) => Assert.Equal(needs, PrintedUnitText.NeedsFolding(text));
}
