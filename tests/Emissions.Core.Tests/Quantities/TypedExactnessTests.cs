using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>The typed API gives exact results where the ratio of the units is exact (README, Quantities).</summary>
public class TypedExactnessTests
{
    [Fact]
    public void Sixty_seconds_is_exactly_one_minute() =>
        Assert.Equal(1m, Duration.FromSeconds(60m).As(DurationUnit.Minute));

    [Fact]
    public void One_plus_two_gigajoules_is_exactly_three_gigajoules() =>
        Assert.Equal(3m, (Energy.FromGigajoules(1m) + Energy.FromGigajoules(2m)).As(EnergyUnit.Gigajoule));

    [Fact]
    public void Energy_units_on_the_joule_convert_to_each_other_exactly()
    {
        Assert.Equal(1055.05585262m, Energy.From(1m, EnergyUnit.BritishThermalUnit).As(EnergyUnit.Joule));
        Assert.Equal(10m, Energy.From(1m, EnergyUnit.MillionBritishThermalUnits).As(EnergyUnit.Therm));
        Assert.Equal(29.3076m, Energy.FromTonnesOfCoalEquivalent(1m).As(EnergyUnit.Gigajoule));
        Assert.Equal(Energy.FromMegawattHours(1m), Energy.FromGigajoules(3.6m));
        Assert.Equal("2596022.028 GJ", Energy.Parse("721,117.23 兆瓦時").ToUnit(EnergyUnit.Gigajoule).ToExactString());
    }

    [Fact]
    public void Energy_keeps_its_kilowatt_hour_canonical_value_for_run_time_quantities()
    {
        var energy = Energy.FromMegawattHours(2m);

        Assert.Equal(2000m, energy.KilowattHours);
        Assert.Equal(new Quantity(2000m, Dimension.EnergyDim), energy.ToQuantity());
        Assert.Equal(energy, Energy.FromQuantity(energy.ToQuantity()));
    }
}
