using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// Percent and multipliers as reports print them (issue 19): ISO 80000-1 makes % the number 0.01,
/// so every spelling of "94.8 %" is the ratio 0.948, and "6x", "6 times", "6倍" are the number 6.
/// </summary>
public class PercentSpellingTests
{
    [Theory]
    [InlineData("94.8 %")]
    [InlineData("94.8%")]
    [InlineData("94.8 ％")]
    [InlineData("94.8 percent")]
    [InlineData("94.8 per cent")]
    [InlineData("94.8 per  cent")]
    [InlineData("94.8 Per cent")]
    [InlineData("94.8 Percent")]
    [InlineData("94.8 pct")]
    [InlineData("94.8百分比")]
    public void Every_spelling_of_94_8_percent_is_the_ratio_0_948(string printed)
    {
        var quantity = Measurement.Parse(printed).Quantity;

        Assert.Equal(Quantity.Ratio(0.948m), quantity);
    }

    [Theory]
    [InlineData("6x")]
    [InlineData("6 x")]
    [InlineData("6×")]
    [InlineData("6 times")]
    [InlineData("6倍")]
    public void A_multiplier_is_the_plain_number_it_multiplies_by(string printed) =>
        Assert.Equal(Quantity.Ratio(6m), Measurement.Parse(printed).Quantity);

    [Theory]
    [InlineData("5 pp", "0.05")]
    [InlineData("5 percentage points", "0.05")]
    [InlineData("5 百分点", "0.05")]
    [InlineData("3个百分点", "0.03")]
    [InlineData("3個百分點", "0.03")]
    [InlineData("25 bp", "0.0025")]
    [InlineData("250 ppm", "0.00025")]
    [InlineData("5 ‰", "0.005")]
    [InlineData("5 per mille", "0.005")]
    public void Points_basis_points_parts_per_million_and_per_mille_are_exact_fractions_of_one(string printed, string ratio) =>
        Assert.Equal(Quantity.Ratio(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)), Measurement.Parse(printed).Quantity);

    [Theory]
    [InlineData("0.948", "%", "94.8 %")]
    [InlineData("94.8 %", "1", "0.948")]
    [InlineData("94.8 %", "", "0.948")]
    [InlineData("5 pp", "%", "5 %")]
    [InlineData("6倍", "%", "600 %")]
    [InlineData("12 bp", "%", "0.12 %")]
    public void Shares_convert_exactly_between_percent_and_the_plain_number(string printed, string target, string expected) =>
        Assert.Equal(expected, Measurement.Parse(printed).ConvertTo(target).ToExactString());

    [Fact]
    public void Percent_is_a_pure_number_so_it_scales_a_quantity_without_changing_its_kind()
    {
        var share = Measurement.Parse("94.8 %").Quantity;
        var total = Quantity.From(1_000m, "MWh");

        Assert.Equal(Quantity.From(948m, "MWh"), total * share);
    }
}
