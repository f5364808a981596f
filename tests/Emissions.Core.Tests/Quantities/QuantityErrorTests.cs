using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Every rejection names the value, what was wrong and what was expected.</summary>
public class QuantityErrorTests
{
    [Theory]
    [InlineData("5 MWhh", "MWhh", "MWh")]
    [InlineData("5 Kwh", "Kwh", "kWh")]
    [InlineData("5 kgCO2/kWhh", "kWhh", "kWh")]
    [InlineData("5 兆瓦小时", "兆瓦小时", "兆瓦时")]
    [InlineData("5 吨标准媒", "吨标准媒", "吨标准煤")]
    [InlineData("12 tCO2e/MWH", "MWH", "MWh")]
    public void An_unknown_unit_lists_the_nearest_known_symbols(string text, string unknown, string suggested)
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse(text));

        Assert.Equal(QuantityError.UnknownUnit, error.Error);
        Assert.NotEmpty(error.Suggestions);
        Assert.Contains(suggested, error.Suggestions);
        Assert.Contains("nearest known", error.Message, StringComparison.Ordinal);
        Assert.Contains($"unknown unit '{unknown}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(text, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_atom_names_itself_not_the_tail_left_after_a_known_prefix()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("MWhh"));

        // GWh (a thousand times more) and MW (power) are near in spelling, not in meaning: not offered.
        Assert.Equal("unknown unit 'MWhh'; nearest known: MWh", error.Message);
        Assert.Equal(["MWh"], error.Suggestions);
    }

    [Fact]
    public void An_unknown_word_inside_a_compound_unit_names_the_compound()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("tCO2/MWhh"));

        Assert.Contains("unknown unit 'MWhh' in 'tCO2/MWhh'", error.Message, StringComparison.Ordinal);
        Assert.Equal("MWh", error.Suggestions[0]);
    }

    [Fact]
    public void A_unit_far_from_every_known_symbol_says_so()
    {
        var error = Assert.Throws<QuantityException>(() => UnitCatalog.Get("furlongs-per-fortnight"));

        Assert.Equal(QuantityError.UnknownUnit, error.Error);
        Assert.Empty(error.Suggestions);
        Assert.Contains("no known unit is close", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_parenthesis_is_named()
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("kgCO2/(mu·day"));

        Assert.Equal(QuantityError.UnknownUnit, error.Error);
        Assert.Contains("missing ')'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_parse_reports_failure_without_throwing()
    {
        Assert.False(Unit.TryParse("MWhh", out var unit));
        Assert.Null(unit);
        Assert.False(Measurement.TryParse("five MWh", out _));
        Assert.False(Energy.TryParse("5 t", out _));
        Assert.True(Energy.TryParse("5 MWh", out var energy));
        Assert.Equal(5_000m, energy.KilowattHours);
    }

    [Fact]
    public void Reading_a_value_as_the_wrong_kind_names_the_value_its_kind_and_the_expected_kind()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("721,117.23 兆瓦時", Dimension.MassDim));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Equal("'721,117.23 兆瓦時' is Energy (unit '兆瓦時')", error.Message);
        Assert.Equal("a quantity of Mass", error.Expected);
    }

    [Fact]
    public void Typed_parsing_of_the_wrong_kind_names_both_kinds()
    {
        var error = Assert.Throws<QuantityException>(() => Mass.Parse("5 MWh"));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Contains("Energy", error.Message, StringComparison.Ordinal);
        Assert.Equal("a quantity of Mass", error.Expected);
        Assert.Contains("EmissionFactor", Assert.Throws<QuantityException>(() => EmissionFactor.Parse("0.5366 tCO2")).Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_to_a_unit_of_another_kind_names_the_value_and_both_kinds()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("5 MWh").ConvertTo("t"));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Equal("cannot convert '5 MWh' to 't': 'MWh' is Energy, 't' is Mass", error.Message);
    }

    [Fact]
    public void Expressing_a_quantity_in_a_unit_of_another_kind_names_both_kinds()
    {
        var error = Assert.Throws<QuantityException>(() => Quantity.From(5m, "MWh").As("tCO2"));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Contains("Energy", error.Message, StringComparison.Ordinal);
        Assert.Contains("Co2e", error.Message, StringComparison.Ordinal);
        var fromMass = Assert.Throws<QuantityException>(() => Energy.FromQuantity(Quantity.From(1m, "t")));
        Assert.Contains("is Mass, not Energy", fromMass.Message, StringComparison.Ordinal);
        Assert.Equal("a quantity of Energy", fromMass.Expected);
    }

    [Theory]
    [InlineData("five MWh", "'five MWh' does not start with a number")]
    [InlineData("", "does not start with a number")]
    [InlineData("MWh", "'MWh' does not start with a number")]
    [InlineData("1,234,5678 kWh", "'1,234,5678' in '1,234,5678 kWh' is not a number")]
    [InlineData("12.34.56 kWh", "'12.34.56' in '12.34.56 kWh' is not a number")]
    [InlineData("72,1117.23 MWh", "'72,1117.23' in '72,1117.23 MWh' is not a number")]
    [InlineData("1,5 kWh", "'1,5' in '1,5 kWh' is not a number")]
    public void A_malformed_number_is_named_with_the_text_it_came_from(string text, string message)
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse(text));

        Assert.Equal(QuantityError.MalformedNumber, error.Error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("1,23")]
    [InlineData("١٢")]
    [InlineData("12 kWh")]
    public void A_value_given_apart_from_its_unit_must_be_a_plain_number(string value)
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse(value, "kWh"));

        Assert.Equal(QuantityError.MalformedNumber, error.Error);
        Assert.Contains($"'{value}' is not a number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_in_different_currencies_never_combine()
    {
        var add = Assert.Throws<QuantityException>(() => Money.Parse("1 CNY") + Money.Parse("1 USD"));
        var quantities = Assert.Throws<QuantityException>(() => Quantity.From(1m, "元") + Quantity.From(1m, "港元"));
        var unit = Assert.Throws<QuantityException>(() => Unit.Parse("CNY/USD"));
        var compare = Assert.Throws<QuantityException>(() => Money.Parse("1 CNY") < Money.Parse("1 EUR"));

        Assert.All([add, quantities, unit, compare], error => Assert.Equal(QuantityError.CurrencyMismatch, error.Error));
        Assert.Contains("CNY and USD", add.Message, StringComparison.Ordinal);
        Assert.Contains("CNY and HKD", quantities.Message, StringComparison.Ordinal);
        Assert.Contains("no currency conversion", unit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_in_one_currency_adds()
    {
        Assert.Equal(new Money(110_000m, "CNY"), Money.Parse("10 万元") + Money.Parse("10,000 元"));
        Assert.Equal(QuantityError.WrongKind, Assert.Throws<QuantityException>(() => Money.Parse("5 kWh")).Error);
    }

    [Fact]
    public void Dividing_by_a_zero_quantity_fails_naming_the_kind()
    {
        var quantity = Assert.Throws<QuantityException>(() => Quantity.From(1m, "tCO2e") / Quantity.From(0m, "person"));
        var energy = Assert.Throws<QuantityException>(() => Energy.FromMegawattHours(1m) / Energy.Zero);
        var duration = Assert.Throws<QuantityException>(() => Duration.FromHours(1m) / Duration.Zero);
        var power = Assert.Throws<QuantityException>(() => Energy.FromMegawattHours(1m) / Duration.Zero);

        Assert.All([quantity, energy, duration, power], error => Assert.Equal(QuantityError.DivisionByZero, error.Error));
        Assert.Equal("division by a zero Count", quantity.Message);
        Assert.Equal("division by a zero Energy", energy.Message);
        Assert.Equal("division by a zero Duration", duration.Message);
    }

    [Fact]
    public void Overflowing_the_decimal_range_is_a_named_error_not_a_crash()
    {
        var error = Assert.Throws<QuantityException>(() => Quantity.From(decimal.MaxValue, "Mt"));

        Assert.Equal(QuantityError.Overflow, error.Error);
        Assert.Contains("out of range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ratio_of_durations_a_product_of_ratios_and_a_sum_of_money_beyond_decimal_are_named_overflows()
    {
        var durations = Assert.Throws<QuantityException>(() => Duration.FromSeconds(decimal.MaxValue / 2) / Duration.FromSeconds(0.25m));
        var ratios = Assert.Throws<QuantityException>(() => Ratio.FromDecimalFraction(decimal.MaxValue / 2) * Ratio.FromDecimalFraction(4m));
        var money = Assert.Throws<QuantityException>(() => new Money(decimal.MaxValue, "CNY") + new Money(1m, "CNY"));

        Assert.All([durations, ratios, money], e => Assert.Equal(QuantityError.Overflow, e.Error));
    }

    [Fact]
    public void Water_mass_is_not_a_volume_without_the_water_density_convention()
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse("205.27 万吨").ConvertTo("m³"));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Contains("Mass", error.Message, StringComparison.Ordinal);
        Assert.Contains("Volume", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Water_density_converts_mass_to_volume_and_back_at_one_tonne_per_cubic_metre()
    {
        Assert.Equal(2_052_700m, WaterDensity.ToVolume(Mass.FromTonnes(2_052_700m)).CubicMetres);
        Assert.Equal(40_000_000m, WaterDensity.ToMass(Volume.FromCubicMetres(40_000m)).Kilograms);

        var asMass = WaterDensity.AsMass(Quantity.From(56.22m, "万立方米"), out var converted);
        Assert.True(converted);
        Assert.Equal(56.22m, asMass.As("万吨"));

        var unchanged = WaterDensity.AsVolume(Quantity.From(3m, "m³"), out var notConverted);
        Assert.False(notConverted);
        Assert.Equal(3m, unchanged.As("m³"));
    }

    [Fact]
    public void Water_density_refuses_quantities_that_are_neither_mass_nor_volume()
    {
        var error = Assert.Throws<QuantityException>(() => WaterDensity.AsVolume(Quantity.From(1m, "MWh"), out _));

        Assert.Equal(QuantityError.WrongKind, error.Error);
        Assert.Contains("got Energy", error.Message, StringComparison.Ordinal);
        Assert.Contains(WaterDensity.ConventionName, error.Message, StringComparison.Ordinal);
        Assert.Equal(QuantityError.WrongKind, Assert.Throws<QuantityException>(() => WaterDensity.AsMass(Quantity.From(1m, "m²"), out _)).Error);
    }
}
