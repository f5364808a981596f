using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

public class UnitScaleTests
{
    [Fact]
    public void Scales_are_whole_fractions_in_lowest_terms()
    {
        Assert.Equal("45359237/100000000", UnitScale.Of(0.45359237m).ToString());
        Assert.Equal("2000/3", UnitCatalog.Get("亩").Scale.ToString());
        Assert.Equal("1/3600000", UnitCatalog.Get("J").Scale.ToString());
        Assert.Equal("1", new UnitScale(1000m, 1000m).ToString());
        Assert.Equal(UnitScale.One, new UnitScale(0.001m, 0.001m));
    }

    [Fact]
    public void Equal_ratios_written_differently_are_the_same_scale()
    {
        Assert.Equal(Unit.Parse("GJ/MWh").Scale, Unit.Parse("MJ/kWh").Scale);
        Assert.Equal(new UnitScale(5m, 18m), Unit.Parse("GJ/MWh").Scale);
        Assert.True(Unit.Parse("t/万元").IsEquivalentTo(Unit.Parse("kg/(10元)")));
    }

    [Fact]
    public void Powers_and_quotients_stay_exact()
    {
        Assert.Equal(UnitScale.Of(10_000m), UnitScale.Of(10m).Pow(4));
        Assert.Equal(new UnitScale(1m, 10_000m), UnitScale.Of(10m).Pow(-4));
        Assert.Equal(UnitScale.One, UnitCatalog.Get("亩").Scale / UnitCatalog.Get("亩").Scale);
    }

    [Fact]
    public void A_zero_denominator_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new UnitScale(1m, 0m));
}
