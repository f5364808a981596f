using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

public class DisplayTests
{
    [Theory]
    [InlineData("720827.6855555555555555555556", 4, "720,827.6856")]
    [InlineData("-0.01", 6, "-0.01")]
    [InlineData("1000.50", 6, "1,000.5")]
    [InlineData("999.9999", 2, "1,000")]
    [InlineData("-1234567.4", 0, "-1,234,567")]
    [InlineData("-0.004", 2, "0")]
    [InlineData("11653000", -3, "11,653,000")]
    public void Numbers_are_rounded_half_away_from_zero_grouped_and_trimmed(string value, int decimals, string expected) =>
        Assert.Equal(expected, Display.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Theory]
    [InlineData("32.30", "32.30")]
    [InlineData("721117.23", "721,117.23")]
    [InlineData("-21499", "-21,499")]
    public void Printed_values_keep_their_decimals(string value, string expected) =>
        Assert.Equal(expected, Display.Printed(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("0.00040168", "0.0402 %")]
    [InlineData("0.0011019", "0.110 %")]
    [InlineData("0.012814", "1.28 %")]
    [InlineData("12.5", "1,250 %")]
    public void Percentages_have_three_significant_digits(string fraction, string expected) =>
        Assert.Equal(expected, Display.Percent(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Chinese_unit_symbols_have_english_equivalents_for_conversions()
    {
        Assert.Equal("GJ", Display.EnglishSymbol(Unit.Parse("吉焦")));
        Assert.Equal("MWh", Display.EnglishSymbol(Unit.Parse("兆瓦時")));
        Assert.Equal("mu", Display.EnglishSymbol(Unit.Parse("亩")));
        Assert.Equal("噸/人", Display.EnglishSymbol(Unit.Parse("噸 / 人")));
    }
}
