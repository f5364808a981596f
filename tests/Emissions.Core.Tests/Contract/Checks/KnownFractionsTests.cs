using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Contract.Checks;

public class KnownFractionsTests
{
    // What the options' reading gave before fractions were remembered: Measurement's canonical value, scale included.
    private static decimal Measured(string text)
    {
        Assert.True(Measurement.TryParse(text, out var measured));
        return measured.Quantity.CanonicalValue;
    }

    [Theory]
    [InlineData("5%")]
    [InlineData("5.0 %")]
    [InlineData("12.345%")]
    [InlineData("0.05")]
    [InlineData("100%")]
    public void A_percentage_read_again_is_the_same_fraction_to_its_last_digit(string text)
    {
        var first = CheckRequestReader.ParseFraction(text, "$.options.materiality");
        var again = CheckRequestReader.ParseFraction(text, "$.options.materiality");

        Assert.Equal(decimal.GetBits(Measured(text)), decimal.GetBits(first));
        Assert.Equal(decimal.GetBits(first), decimal.GetBits(again));
    }

    [Fact]
    public void A_percentage_out_of_range_is_refused_every_time_it_is_sent()
    {
        for (var i = 0; i < 2; i++)
        {
            var error = Assert.Throws<InputException>(() => CheckRequestReader.ParseFraction("150%", "$.options.aboutTolerance"));
            Assert.Equal("$.options.aboutTolerance", error.Path);
            Assert.False(KnownFractions.TryGet("150%", out _));
        }
    }

    [Fact]
    public void Texts_beyond_the_capacity_still_read_as_measured_and_are_not_kept()
    {
        // Fractions no other test uses (0.0001 % steps from 0.2301 %), more of them than are kept.
        var texts = Enumerable.Range(0, KnownFractions.Capacity + 10).Select(i => $"0.{2301 + i:D4}%").ToList();
        foreach (var text in texts)
        {
            Assert.Equal(decimal.GetBits(Measured(text)), decimal.GetBits(CheckRequestReader.ParseFraction(text, "$.options.materiality")));
        }

        Assert.False(KnownFractions.TryGet(texts[^1], out _));
    }
}
