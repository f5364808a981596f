using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// A refused quantity keeps the reason in its message and what would have been accepted in <see cref="QuantityException.Expected"/>;
/// the pointer to more (the unit list, the decimal-comma format) is a <see cref="QuantityHint"/>, worded by each surface.
/// </summary>
public sealed class QuantityExpectationTests
{
    [Fact]
    public void A_number_too_large_for_decimal_says_why_in_the_message_and_the_bounds_in_expected()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("1e40", "t"));

        Assert.Equal(QuantityError.Overflow, error.Error);
        Assert.Equal("'1e40' is too large for decimal or has digits it cannot hold exactly", error.Message);
        Assert.Equal("a number of at most 28 significant digits, at most 79,228,162,514,264,337,593,543,950,335 (about 7.9e28) in magnitude and down to 1e-28", error.Expected);
    }

    [Fact]
    public void An_unknown_unit_names_the_nearest_in_the_message_expects_a_known_unit_and_hints_at_the_unit_list_without_naming_a_surface()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("MWhh"));

        Assert.Equal(QuantityHint.UnitList, error.Hint);
        Assert.Equal("a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh", error.Expected);
        Assert.EndsWith($"; nearest known: {string.Join(", ", error.Suggestions)}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("/v1/", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5 parsecs", "$.electricity[0].amount: '5 parsecs': unknown unit 'parsecs'")]
    [InlineData("1e40 t", "$.electricity[0].amount: '1e40 t': '1e40' in '1e40 t' is too large for decimal")]
    public void A_refused_amount_quotes_its_value_once_then_the_reason_then_what_was_expected(string amount, string opening)
    {
        var quantity = Assert.Throws<QuantityException>(() => Measurement.Parse(amount));

        var error = new InputException("$.electricity[0].amount", amount, quantity);

        Assert.StartsWith(opening, error.Message, StringComparison.Ordinal);
        Assert.EndsWith($"; expected {quantity.Expected}", error.Message, StringComparison.Ordinal);
        Assert.Equal(amount, error.Value);
    }

    [Fact]
    public void A_decimal_comma_number_read_as_invariant_hints_at_the_decimal_comma_format_without_naming_an_option()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("1.234,5 MWh"));

        Assert.Equal(QuantityHint.DecimalComma, error.Hint);
        Assert.Equal("'1.234,5' in '1.234,5 MWh' is not a number", error.Message);
        Assert.DoesNotContain("numberFormat", error.Expected, StringComparison.Ordinal);
        Assert.StartsWith("a number in the invariant format", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_decimal_comma_number_expects_the_decimal_comma_format()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("1.23,5 MWh", NumberFormat.DecimalComma));

        Assert.StartsWith("a number in the decimal-comma format", error.Expected, StringComparison.Ordinal);
        Assert.Equal(QuantityHint.None, error.Hint);
    }

    [Fact]
    public void An_ambiguous_unit_expects_one_of_its_readings_written_out()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("gal"));

        Assert.Equal("the reading the report means, written out: 'US gal', 'imp gal'", error.Expected);
        Assert.DoesNotContain("write the one", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_power_out_of_range_says_the_range_in_expected()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("t^999"));

        Assert.Equal("an integer power from -99 to 99", error.Expected);
        Assert.DoesNotContain("expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_field_quoting_a_quantity_refusal_keeps_reason_and_expectation_apart()
    {
        var refusal = Assert.Throws<QuantityException>(() => Measurement.Parse("1e40", "t"));

        var error = new InputException("$.fuels[0].amount", "1e40 t", refusal);

        Assert.Equal(refusal.Expected, error.Expected);
        Assert.Equal(refusal.Message, error.Reason);
        Assert.Equal($"$.fuels[0].amount: '1e40 t': {refusal.Message}; expected {refusal.Expected}", error.Message);
        Assert.Equal(InputError.Quantity, error.Error);
    }
}
