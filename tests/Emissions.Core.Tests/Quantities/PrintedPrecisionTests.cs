using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Verification reads a printed figure as an interval at its last printed digit, so parsing keeps that digit.</summary>
public class PrintedPrecisionTests
{
    [Theory]
    [InlineData("69.44 萬噸", 69.44, 2, "萬噸")]
    [InlineData("21,499 人", 21_499, 0, "人")]
    [InlineData("273,431.40 立方米", 273_431.40, 2, "立方米")]
    [InlineData("273,431.40", 273_431.40, 2, "")]
    [InlineData("1.07 噸", 1.07, 2, "噸")]
    [InlineData("0.5810 tCO2/MWh", 0.5810, 4, "tCO2/MWh")]
    [InlineData("8 %", 8, 0, "%")]
    [InlineData("-3.50 %", -3.50, 2, "%")]
    [InlineData("1.382", 1.382, 3, "")]
    [InlineData("1.5e3 kWh", 1500, 0, "kWh")]
    public void Parsing_keeps_the_printed_value_scale_and_unit(string text, double value, int scale, string symbol)
    {
        var measurement = Measurement.Parse(text);

        Assert.Equal((decimal)value, measurement.Value);
        Assert.Equal(scale, measurement.Scale);
        Assert.Equal(symbol, measurement.Unit.Symbol);
    }

    [Fact]
    public void Trailing_zeros_are_printed_precision_not_noise()
    {
        Assert.Equal(2, Measurement.Parse("273,431.40").Scale);
        Assert.Equal(1, Measurement.Parse("273,431.4").Scale);
        Assert.Equal(Measurement.Parse("273,431.4").Value, Measurement.Parse("273,431.40").Value);
    }

    [Theory]
    [InlineData("69.44 萬噸")]
    [InlineData("21,499 人")]
    [InlineData("273,431.40 立方米")]
    [InlineData("721,117.23 兆瓦時")]
    [InlineData("20,256.68 吉焦")]
    [InlineData("32.30 噸 / 人")]
    [InlineData("389.31 GJ/10⁴Nm³")]
    [InlineData("67 kgCO2/(mu·day)")]
    [InlineData("0.000 tCO2")]
    [InlineData("-0.50 kWh")]
    [InlineData("1.2")]
    public void Formatting_then_parsing_gives_the_same_value_scale_and_unit(string text)
    {
        var original = Measurement.Parse(text);

        var again = Measurement.Parse(original.ToString());

        Assert.Equal(original.Value, again.Value);
        Assert.Equal(original.Scale, again.Scale);
        Assert.Equal(original.Unit, again.Unit);
        Assert.Equal(original, again);
    }

    [Fact]
    public void Formatting_keeps_the_decimals_and_drops_the_thousands_separators() =>
        Assert.Equal("273431.40 立方米", Measurement.Parse("273,431.40 立方米").ToString());

    [Fact]
    public void The_exact_form_of_a_conversion_trims_trailing_zeros()
    {
        var tonnes = Measurement.Parse("69.44 萬噸").ConvertTo("t");

        Assert.Equal("694400 t", tonnes.ToExactString());
        Assert.Equal(694_400m, Measurement.Parse(tonnes.ToString()).Value);
    }

    [Theory]
    [InlineData("721,117.23 MWh", 721_117.23)]
    [InlineData("36\u2009861 平方米", 36_861)]
    [InlineData("1\u202F234\u202F567.89 kWh", 1_234_567.89)]
    [InlineData("1\u00A0234 kWh", 1_234)]
    [InlineData("58,776,000,000 CNY", 58_776_000_000)]
    [InlineData("36861 平方米", 36_861)]
    [InlineData("69.44萬噸", 69.44)]
    [InlineData("  5 億度  ", 5)]
    public void Commas_and_thin_spaces_group_thousands(string text, double expected) =>
        Assert.Equal((decimal)expected, Measurement.Parse(text).Value);

    [Fact]
    public void A_value_and_unit_given_apart_keep_the_printed_scale()
    {
        var measurement = Measurement.Parse("721,117.23", "兆瓦時");

        Assert.Equal(721_117.23m, measurement.Value);
        Assert.Equal(2, measurement.Scale);
        Assert.Equal("兆瓦時", measurement.Unit.Symbol);
    }

    [Theory]
    [InlineData("11653000", 5)]
    [InlineData("21499", 5)]
    [InlineData("0.0120", 3)]
    [InlineData("69.44", 4)]
    [InlineData("273431.40", 8)]
    [InlineData("0", 1)]
    public void Significant_digits_count_printed_trailing_zeros_after_the_point_only(string printed, int expected) =>
        Assert.Equal(expected, DecimalText.SignificantDigits(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Rounding_to_28_significant_digits_counts_digits_exactly_next_to_a_power_of_ten()
    {
        // A double logarithm reads 9.999…9 (28 nines) as 10 and would drop a digit.
        const decimal nines = 9.999999999999999999999999999m;

        Assert.Equal(nines, DecimalText.RoundToSignificant(nines, 28));
        Assert.Equal(10m, DecimalText.RoundToSignificant(nines, 27));
        Assert.Equal(0.1235m, DecimalText.RoundToSignificant(0.12346m, 4));
        Assert.Equal(0.001235m, DecimalText.RoundToSignificant(0.0012346m, 4));
    }

    [Fact]
    public void Exact_text_has_no_exponent_and_no_negative_zero()
    {
        Assert.Equal("0.0000001", DecimalText.Exact(1e-7m));
        Assert.Equal("100000000", DecimalText.Exact(1e8m));
        Assert.Equal("0", DecimalText.Exact(-0.000m));
    }

    [Theory]
    [InlineData("1.000", "1")]
    [InlineData("100.00", "100")]
    [InlineData("-0.500", "-0.5")]
    [InlineData("8.919", "8.919")]
    [InlineData("5099950", "5099950")]
    [InlineData("18446744073709551615", "18446744073709551615")]
    [InlineData("18446744073709551616", "18446744073709551616")]
    [InlineData("0.1234567890123456789012345678", "0.1234567890123456789012345678")]
    [InlineData("1.2345678901234567890123456789", "1.234567890123456789012345679")]
    [InlineData("3455726.1200", "3455726.12")]
    public void Exact_text_drops_the_trailing_zeros_of_the_fraction_only_and_rounds_past_28_digits(string printed, string expected) =>
        Assert.Equal(expected, DecimalText.Exact(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture)));
}
