using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Units beyond the limits are refused before any work, and exponents never wrap (issue 17).</summary>
public sealed class UnitLimitsTests
{
    private static QuantityException Refused(string unit) => Assert.Throws<QuantityException>(() => Unit.Parse(unit));

    [Theory]
    [InlineData("kg^256")]
    [InlineData("m^128")]
    [InlineData("kWh^257")]
    [InlineData("t^999")]
    [InlineData("10^999t")]
    [InlineData("kg^-2147483648")]
    [InlineData("kg²²²²²²²²²")]
    [InlineData("kg^100")]
    public void A_power_beyond_99_is_out_of_range(string unit) => Assert.Equal(QuantityError.Overflow, Refused(unit).Error);

    [Fact]
    public void Kwh_to_the_257th_is_refused_not_read_as_kwh()
    {
        // 8-bit exponents wrapped: 257 was 1, so "5 kWh^257" was 5 kWh.
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("5 kWh^257"));

        Assert.Equal(QuantityError.Overflow, error.Error);
        Assert.Contains("257", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exponents_that_add_up_beyond_127_are_an_overflow()
    {
        var m99 = Unit.Parse("m^99");

        Assert.Equal(99, m99.Dimension.Length);
        Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => m99 * m99).Error);
        Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => m99.Pow(2)).Error);
    }

    [Fact]
    public void A_power_of_99_is_exact()
    {
        Assert.Equal(-99, Unit.Parse("kg^-99").Dimension.Mass);
        Assert.Equal(UnitScale.One, Unit.Parse("kg^99").Scale);
        Assert.Equal(UnitScale.Of(1_000_000m), Unit.Parse("t²").Scale);
    }

    [Fact]
    public void Scale_powers_are_exact_by_squaring()
    {
        Assert.Equal(UnitScale.Of(10_000_000_000_000_000_000_000_000_000m), UnitScale.Of(10m).Pow(28));
        Assert.Equal(new UnitScale(1m, 10_000_000_000_000_000_000_000_000_000m), UnitScale.Of(10m).Pow(-28));
        Assert.Equal(new UnitScale(3_486_784_401m, 100_000_000_000_000_000_000m), new UnitScale(3m, 10m).Pow(20));
        Assert.Equal(UnitScale.One, UnitScale.Of(1000m).Pow(0));
    }

    [Fact]
    public void A_scale_beyond_decimal_range_is_an_overflow()
    {
        Assert.Equal(QuantityError.Overflow, Assert.Throws<QuantityException>(() => UnitScale.Of(10m).Pow(29)).Error);
        Assert.Equal(QuantityError.Overflow, Refused("t^10").Error);
        Assert.Equal(QuantityError.Overflow, Refused("t·t·t·t·t·t·t·t·t·t").Error);
        Assert.Equal(QuantityError.Overflow, Refused("10^29kg").Error);
    }

    [Fact]
    public void A_unit_longer_than_256_characters_is_too_complex()
    {
        var error = Refused(new string('(', 40_000) + "kg" + new string(')', 40_000));

        Assert.Equal(QuantityError.TooComplex, error.Error);
        Assert.Contains("80,002 characters", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 300);
    }

    [Fact]
    public void A_product_of_more_than_32_symbols_is_too_complex()
    {
        Assert.Equal(Dimension.None, Unit.Parse(string.Join("·", Enumerable.Repeat("kg·kg^-1", 16))).Dimension);
        Assert.Equal(QuantityError.TooComplex, Refused(string.Join("·", Enumerable.Repeat("kg", 33))).Error);
    }

    [Fact]
    public void Parentheses_deeper_than_8_are_too_complex()
    {
        Assert.Equal(Dimension.MassDim, Unit.Parse(new string('(', 8) + "kg" + new string(')', 8)).Dimension);
        Assert.Equal(QuantityError.TooComplex, Refused(new string('(', 9) + "kg" + new string(')', 9)).Error);
    }

    [Fact]
    public void A_number_with_one_final_line_feed_is_read()
    {
        Assert.True(DecimalText.TryParse("1,234.50\n", out var value));
        Assert.Equal(1234.50m, value);
        Assert.Equal(2, value.Scale);
        Assert.False(DecimalText.TryParse("1,234.50\n\n", out _));
        Assert.Equal(1234.5m, Measurement.Parse("1,234.5\n", "MWh").Value);
    }
}
