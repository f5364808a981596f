using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>A spelling with two readings is a choice: a documented default that says so, or a refusal listing both.</summary>
public class AmbiguousSpellingTests
{
    [Theory]
    [InlineData("1 MT CO2e", "tCO2e", "1", "megatonne is 'Mt'")]
    [InlineData("1,234 MT", "t", "1234", "megatonne is 'Mt'")]
    [InlineData("1 therm", "MJ", "105.505585262", "'therm(US)'")]
    [InlineData("3 therms", "therm(EC)", "3", "US therm")]
    public void A_spelling_read_by_its_default_carries_a_caveat_naming_the_other_reading(string printed, string target, string expected, string other)
    {
        var measurement = Measurement.Parse(printed);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), measurement.ConvertTo(target).Value);
        Assert.Contains(other, measurement.Unit.Caveat, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 ton", "short ton")]
    [InlineData("3 tons CO2e", "tCO2e")]
    [InlineData("3 tons of CO2e", "tCO2e")]
    [InlineData("5 gal", "imp gal")]
    [InlineData("5 gallons", "US gal")]
    [InlineData("2 MBtu", "MMBtu")]
    public void A_spelling_with_no_safe_default_is_refused_listing_the_readings(string printed, string choice)
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse(printed));

        Assert.Contains("more than one reading", ex.Message, StringComparison.Ordinal);
        Assert.Contains(choice, ex.Suggestions);
    }

    [Fact]
    public void Every_reading_offered_for_an_ambiguous_spelling_parses_to_one_kind_without_a_caveat()
    {
        foreach (var spelling in UnitCatalog.Ambiguous.Values)
        {
            var readings = spelling.Choices.Select(UnitParser.Parse).ToList();

            Assert.True(readings.Count >= 2, spelling.Symbol);
            Assert.Single(readings.Select(r => r.Dimension).Distinct());
            Assert.All(readings, r => Assert.Null(r.Caveat));
        }
    }

    [Fact]
    public void Explicit_spellings_carry_no_caveat()
    {
        Assert.Null(UnitParser.Parse("therm(US)").Caveat);
        Assert.Null(UnitParser.Parse("therm(EC)").Caveat);
        Assert.Null(UnitParser.Parse("metric tons CO2e").Caveat);
        Assert.Null(UnitParser.Parse("tCO2e/MWh").Caveat);
        Assert.NotNull(UnitParser.Parse("MT CO2e/MWh").Caveat);
    }
}
