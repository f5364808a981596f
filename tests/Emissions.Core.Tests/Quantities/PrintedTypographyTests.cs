using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Numbers and units typed as tables print them: full-width forms, subscripts, per-words, scale words inside a number.</summary>
public class PrintedTypographyTests
{
    [Theory]
    [InlineData("１２３ ｋＷｈ", "kWh", "123")]
    [InlineData("１，２３４．５ 吨", "t", "1234.5")]
    [InlineData("3 tCO₂e", "kgCO2e", "3000")]
    [InlineData("4 tCO2e／人", "tCO2e/person", "4")]
    [InlineData("4 tCO2e╱人", "tCO2e/person", "4")]
    [InlineData("12 tCO2e per FTE", "tCO2e/person", "12")]
    [InlineData("5 吨/每名员工", "t/person", "5")]
    [InlineData("5 吨每名员工", "t/person", "5")]
    [InlineData("1\u2009234\u2009567 kWh", "kWh", "1234567")]
    [InlineData("1\u202F234\u202F567 kWh", "kWh", "1234567")]
    [InlineData("1\u00A0234\u00A0567 kWh", "kWh", "1234567")]
    [InlineData("5億500万度", "kWh", "505000000")]
    [InlineData("1亿2000万元", "CNY", "120000000")]
    [InlineData("3万5000吨", "t", "35000")]
    [InlineData("0.27 tCO2e/10,000 m²", "kgCO2e/m²", "0.027")]
    [InlineData("27 tCO2e/1000 m2", "kgCO2e/m²", "27")]
    [InlineData("8,760 MWh/yr", "MWh", "8760")]
    [InlineData("8,760 MWh/a", "MWh", "8760")]
    [InlineData("8,760 兆瓦时/年", "MWh", "8760")]
    [InlineData("8,760 MWh p.a.", "MWh", "8760")]
    [InlineData("5 RMB’000", "CNY", "5000")]
    public void A_printed_figure_reads_as_its_exact_value(string printed, string target, string expected)
    {
        var value = Measurement.Parse(printed).ConvertTo(target).Value;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1 234,5 kWh", "'1 234,5'")]
    [InlineData("1.234,5 kWh", "'1.234,5'")]
    [InlineData("1 234 kWh", "'1 234'")]
    public void A_continental_number_is_refused_naming_the_number_not_the_unit(string printed, string named)
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse(printed));

        Assert.Equal(QuantityError.MalformedNumber, ex.Error);
        Assert.StartsWith(named, ex.Message, StringComparison.Ordinal);
        Assert.Equal(QuantityHint.DecimalComma, ex.Hint);
    }

    [Theory]
    [InlineData("1.234,5 kWh", "1234.5")]
    [InlineData("1 234,5 kWh", "1234.5")]
    [InlineData("1 234 567,25 kWh", "1234567.25")]
    [InlineData("12,5 kWh", "12.5")]
    [InlineData("1.234 kWh", "1234")]
    public void With_the_decimal_comma_format_a_continental_number_reads_exactly(string printed, string expected)
    {
        var value = Measurement.Parse(printed, NumberFormat.DecimalComma).Value;

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void With_the_decimal_comma_format_a_grouping_not_in_threes_is_refused_naming_the_number()
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse("1.23 kWh", NumberFormat.DecimalComma));

        Assert.StartsWith("'1.23'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_and_unit_given_apart_read_the_decimal_comma_when_asked()
    {
        Assert.Equal(892.32m, Measurement.Parse("892,32", "t", NumberFormat.DecimalComma).Value);
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse("892,32", "t"));
        Assert.StartsWith("'892,32' is not a number", ex.Message, StringComparison.Ordinal);
    }
}
