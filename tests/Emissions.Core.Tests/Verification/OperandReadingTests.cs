using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>An operand's wider reading of a round integer, worked out when first read, in the relation's space.</summary>
public class OperandReadingTests
{
    [Fact]
    public void A_round_figure_in_MWh_reads_as_rounded_to_the_thousand_in_kWh()
    {
        var figure = new ReportedFigure("total", "energy.total", new Measurement(13_000m, UnitCatalog.Get("MWh")));

        var operand = Operand.ForCatalogue(figure, 0.05m)!;

        // 13,000 MWh may be rounded to the thousand: [12,500, 13,500) MWh, in kWh.
        Assert.Equal(new QuantityInterval(Dimension.EnergyDim, 12_500_000m, 13_500_000m, true, false), operand.SignificantFigureInterval);
        Assert.Equal(operand.SignificantFigureInterval, operand.SignificantFigureInterval);
    }

    [Fact]
    public void A_figure_without_trailing_zeros_has_no_wider_reading()
    {
        var figure = new ReportedFigure("total", "energy.total", new Measurement(13_001m, UnitCatalog.Get("MWh")));

        Assert.Null(Operand.ForCustom(figure, 0.05m).SignificantFigureInterval);
    }

    [Theory]
    [InlineData("79,000,000,000,000,000,000,000,000,000", "t", null)]
    [InlineData("7,900,000,000,000,000,000,000,000", "萬噸", "ghg.total")]
    public void A_figure_too_large_for_its_relations_units_is_refused_naming_its_value(string value, string unit, string? metric)
    {
        // 7.9 × 10^28 t is 7.9 × 10^31 kg, and 7.9 × 10^24 萬噸 is 7.9 × 10^32 kg CO2e: past the largest decimal.
        var figure = new ReportedFigure("big", metric, Measurement.Parse($"{value} {unit}")) { Source = "$.figures[0]" };

        var refused = Assert.Throws<Emissions.Inventory.InputException>(() => metric is null ? Operand.ForCustom(figure, 0.05m) : Operand.ForCatalogue(figure, 0.05m));

        Assert.Equal("$.figures[0].value", refused.Field);
        Assert.Contains(unit, refused.Value, StringComparison.Ordinal);
        Assert.Contains("largest exact decimal", refused.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conversion_ratio_names_the_units_of_whichever_total_it_is_asked_for()
    {
        var heat = Operand.ForCatalogue(new ReportedFigure("heat", "energy.heat", new Measurement(20_000m, UnitCatalog.Get("吉焦"))), 0.05m)!;
        var megawattHours = UnitCatalog.Get("兆瓦時");
        var kilowattHours = UnitCatalog.Get("kWh");

        Assert.Equal("GJ/MWh", heat.EnglishRatioTo(megawattHours));
        Assert.Equal("GJ/kWh", heat.EnglishRatioTo(kilowattHours));
        Assert.Equal("GJ/MWh", heat.EnglishRatioTo(megawattHours));
        Assert.Equal(Display.EnglishRatio(heat.Figure.Printed.Unit, kilowattHours), heat.EnglishRatioTo(kilowattHours));
    }
}
