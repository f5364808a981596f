using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Numbers at decimal's limits: a result that fits never overflows on the way, one that does not says so, rounding is reported.</summary>
public class NumberLimitTests
{
    [Fact]
    public void A_conversion_whose_product_overflows_but_whose_result_fits_is_computed_exactly_and_rounded_once()
    {
        // 2e18 Btu × 1055.05585262 J / 3,600,000 J/kWh = 586,142,140,344,444.444… kWh (the product 2e18 × 52,752,792,631 is beyond decimal).
        var converted = Measurement.Parse("2e18 Btu").ConvertTo(UnitParser.Parse("kWh"), out var rounded);

        Assert.Equal(586_142_140_344_444.44444444444444m, converted.Value);
        Assert.True(rounded);
    }

    [Fact]
    public void A_result_too_large_for_decimal_is_an_overflow_naming_the_target_and_its_size()
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse("1e28 kWh").ConvertTo("J"));

        Assert.Equal(QuantityError.Overflow, ex.Error);
        Assert.Contains("to 'J': the result, about 3.6e34 J, is too large for decimal", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-2147483649 MWh")]
    [InlineData("1e-29 t")]
    [InlineData("-1.5e-29 t")]
    [InlineData("0.12345678901234567890123456789 t")]
    public void A_printed_number_decimal_would_round_is_refused_not_rounded(string printed)
    {
        // Before: the first three read as 0 and the last lost its final digit, silently (hostile corpus, issue 17).
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse(printed));

        Assert.Equal(QuantityError.Overflow, ex.Error);
        Assert.Contains("cannot hold exactly", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-28 t", "0.0000000000000000000000000001")]
    [InlineData("1.50e2 t", "150")]
    [InlineData("0.1234567890123456789012345678 t", "0.1234567890123456789012345678")]
    public void A_printed_number_decimal_holds_exactly_is_read_exactly(string printed, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Measurement.Parse(printed).Value);

    [Theory]
    [InlineData("1e29 kWh")]
    [InlineData("100000000000000000000000000000 kWh")]
    public void A_printed_number_beyond_decimal_is_too_large_not_malformed(string printed)
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse(printed));

        Assert.Equal(QuantityError.Overflow, ex.Error);
        Assert.Contains("is too large for decimal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_given_apart_beyond_decimal_is_too_large_not_malformed()
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse("1e29", "kWh"));

        Assert.Equal(QuantityError.Overflow, ex.Error);
    }

    [Theory]
    [InlineData("60 s", "min", "1", false)]
    [InlineData("3.6 GJ", "MWh", "1", false)]
    [InlineData("1 GJ", "MWh", "0.2777777777777777777777777778", true)]
    [InlineData("1 J", "TWh", "0.0000000000000002777777777778", true)]
    [InlineData("1e-20 J", "TWh", "0", true)]
    [InlineData("36,861 m²", "亩", "55.2915", false)]
    public void A_conversion_says_whether_decimal_rounded_it(string printed, string target, string expected, bool expectRounded)
    {
        var converted = Measurement.Parse(printed).ConvertTo(UnitParser.Parse(target), out var rounded);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), converted.Value);
        Assert.Equal(expectRounded, rounded);
    }
}
