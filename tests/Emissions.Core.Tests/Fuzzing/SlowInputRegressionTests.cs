using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Fuzzing;

/// <summary>
/// Inputs the long fuzz sweep (bench/Emissions.Fuzz) found slowest, each re-timed alone at 1–3 ms of CPU before the
/// unit suggestions were bounded (issue 17): long unknown units ranked in full against all 1,210 known symbols.
/// These tests pin what each input means — the same answer as before the change — not how fast it comes.
/// </summary>
public sealed class SlowInputRegressionTests
{
    [Theory]
    [InlineData("^128\u5EA6\u22C5^-2147483648g10\u2074^-2147483648")]
    [InlineData("tCO2eUSD9CNY\u5143m\u00B3-")]
    [InlineData("tCO2e\u046199kWhCNY\u2A9DtCO2e\u5143")]
    public void A_long_unknown_unit_far_from_every_symbol_is_refused_with_no_suggestion(string text)
    {
        var error = Assert.Throws<QuantityException>(() => Unit.Parse(text));

        Assert.Equal(QuantityError.UnknownUnit, error.Error);
        Assert.Equal($"unknown unit '{text}'; no known unit is close", error.Message);
    }

    [Fact]
    public void An_unknown_unit_near_a_symbol_still_gets_the_nearest_ones()
    {
        // "kgtCO2e千個³ރ" is 11 characters: symbols within 5 edits (ignoring case) are kept, nearest first.
        var error = Assert.Throws<QuantityException>(() => Unit.Parse("kgtCO2e\u5343\u500B\u00B3\u0783"));

        Assert.EndsWith("; nearest known: kgCO2e, kgCO2eq, kgCO2eq.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_line_feed_and_a_superscript_power_read_as_kilowatt_hours_to_the_fourth()
    {
        var unit = Unit.Parse("\nkWh\u2074");

        Assert.Equal("kWh\u2074", unit.Symbol);
        Assert.Equal(new Dimension { Energy = 4 }, unit.Dimension);
        Assert.Equal(UnitScale.One, unit.Scale);
        Assert.True(Unit.Parse(unit.Symbol).IsEquivalentTo(unit));
    }

    [Theory]
    [InlineData("0\u002B0.000000000000000000000000000179228162514264337593543950335e79228162514264337593543950335\u4E07\u5428\u00B7\u842C\u5678/kg")]
    [InlineData("0\u20097922816251426433759354395033579228162514264337593543950335\n79228162514264337593543950335 Nm\u00B3\u00B7\u5146\u74E6\u6642^2/GJ")]
    [InlineData("1e28\u0663792281625142643375935439503351e2879228162514264337593543950335/\u0452 gm\u00B3\u5143GJTJ")]
    public void A_quantity_whose_unit_is_a_long_run_of_digits_is_refused_as_an_unknown_unit_with_no_suggestion(string text)
    {
        var error = Assert.Throws<QuantityException>(() => Measurement.Parse(text));

        Assert.Equal(QuantityError.UnknownUnit, error.Error);
        Assert.EndsWith("; no known unit is close", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.6 GJ/MWhenergy.power-loss1\u00B71ghg.total12.5@absorption-rate[forest]yoy((_x2.5kg", 31, "g")]
    [InlineData(" - 1\u00B710^999tghg.total@x[\u2B38])a,ghg.total", 8, "^")]
    [InlineData("10^999tb\u1E09dc.energy.it_xghg.totalenergy.power-loss(2 t - \u00B7e5", 3, "^")]
    [InlineData("2 tghg.totalghg.total]1]2.5_x@absorption-rate[forest]", 3, "t")]
    public void A_formula_with_a_constant_run_into_a_figure_id_is_refused_at_the_first_character_no_unit_takes(string formula, int position, string found)
    {
        var error = Assert.Throws<ExpressionException>(() => ExpressionParser.Parse(formula));

        Assert.Equal($"formula '{formula}' at position {position}: expected an operator or the end of the formula, found '{found}'", error.Message);
    }
}
