using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Dimensions are equal when their exponents and currency are: the hand-written equality keeps the record's meaning and hash.</summary>
public class DimensionEqualityTests
{
    [Fact]
    public void Energy_per_energy_is_a_ratio_and_equals_none()
    {
        var ratio = Dimension.EnergyDim / Dimension.EnergyDim;

        Assert.True(ratio == Dimension.None);
        Assert.Equal(Dimension.None.GetHashCode(), ratio.GetHashCode());
    }

    [Fact]
    public void Power_times_time_equals_energy_and_differs_from_mass()
    {
        var energy = Dimension.PowerDim * Dimension.TimeDim;

        Assert.Equal(Dimension.EnergyDim, energy);
        Assert.True(energy != Dimension.MassDim);
        Assert.Equal(Dimension.EnergyDim.GetHashCode(), energy.GetHashCode());
    }

    [Fact]
    public void Money_in_equal_currency_codes_is_equal_even_from_different_strings()
    {
        var yuan = Dimension.MoneyDim("CNY");
        var parsed = Dimension.MoneyDim(new string(['C', 'N', 'Y']));

        Assert.True(yuan == parsed);
        Assert.Equal(yuan.GetHashCode(), parsed.GetHashCode());
        Assert.True(yuan != Dimension.MoneyDim("USD"));
        Assert.False(yuan.Equals(Dimension.None with { Money = 1 }));
    }

    [Fact]
    public void The_hash_is_the_one_the_record_generated_from_exponents_then_currency()
    {
        var co2ePerYuan = Dimension.Co2eDim / Dimension.MoneyDim("CNY");
        var exponents = ((ulong)1 << 16) | ((ulong)0xFF << 56);

        Assert.Equal(unchecked((exponents.GetHashCode() * -1521134295) + "CNY".GetHashCode()), co2ePerYuan.GetHashCode());
        Assert.Equal(unchecked(1UL.GetHashCode() * -1521134295), Dimension.EnergyDim.GetHashCode());
    }
}
