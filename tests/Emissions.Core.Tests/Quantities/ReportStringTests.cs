using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Strings exactly as the seed reports print them (see tests/fixtures/README.md), converted exactly.</summary>
public class ReportStringTests
{
    [Fact]
    public void Purchased_electricity_in_traditional_megawatt_hours_is_exact_in_gigajoules() =>
        Assert.Equal(2_596_022.028m, Measurement.Parse("721,117.23 兆瓦時").ConvertTo("GJ").Value);

    [Fact]
    public void Purchased_heat_in_gigajoules_is_megawatt_hours_to_28_significant_digits()
    {
        var heat = Measurement.Parse("20,256.68 吉焦").ConvertTo("MWh");

        // 20,256.68 / 3.6 = 5626.8555… repeating: the only rounding is at the 28th significant digit.
        Assert.Equal("5626.855555555555555555555556 MWh", heat.ToExactString());
        Assert.True(Math.Abs((heat.Value * 3.6m) - 20_256.68m) < 1e-22m);
    }

    [Fact]
    public void Five_hundred_million_du_is_kilowatt_hours() =>
        Assert.Equal(500_000_000m, Measurement.Parse("5 億度").ConvertTo("kWh").Value);

    [Fact]
    public void Oasis_area_in_square_metres_is_exactly_55_point_2915_mu() =>
        Assert.Equal(55.2915m, Measurement.Parse("36,861 平方米").ConvertTo("亩").Value);

    [Fact]
    public void One_tonne_of_standard_coal_is_29_point_3076_gigajoules() =>
        Assert.Equal(29.3076m, Measurement.Parse("1 噸標準煤").ConvertTo("GJ").Value);

    [Fact]
    public void Ten_thousand_tonnes_in_traditional_characters_is_tonnes_times_ten_thousand() =>
        Assert.Equal(694_400m, Measurement.Parse("69.44 萬噸").ConvertTo("t").Value);

    [Fact]
    public void Thousand_kilowatt_hours_is_a_megawatt_hour()
    {
        Assert.True(Unit.Parse("千個千瓦時").IsEquivalentTo(Unit.Parse("MWh")));
        Assert.True(Unit.Parse("千个千瓦时").IsEquivalentTo(Unit.Parse("MWh")));
        Assert.Equal(1m, Measurement.Parse("1 千個千瓦時").ConvertTo("MWh").Value);
    }

    [Fact]
    public void Ten_thousand_kilowatt_hours_is_ten_megawatt_hours() =>
        Assert.Equal(10m, Measurement.Parse("1 万千瓦时").ConvertTo("MWh").Value);

    [Fact]
    public void Hundred_million_kilowatt_hours_is_a_hundred_gigawatt_hours()
    {
        Assert.Equal(100m, Measurement.Parse("1 亿千瓦时").ConvertTo("GWh").Value);
        Assert.True(Unit.Parse("亿千瓦时").IsEquivalentTo(Unit.Parse("亿度")));
    }

    [Fact]
    public void Revenue_in_hundred_millions_of_yuan_is_yuan_and_ten_thousands_of_yuan()
    {
        Assert.Equal(58_776_000_000m, Measurement.Parse("587.76 億元").ConvertTo("CNY").Value);
        Assert.Equal(5_877_600m, Measurement.Parse("587.76 亿元").ConvertTo("万元").Value);
        Assert.Equal(new Money(100_000m, "CNY"), Money.Parse("10 万元"));
        Assert.Equal("Money(CNY)", Unit.Parse("億元").Kind);
    }

    [Fact]
    public void Grid_factor_in_tonnes_per_megawatt_hour_is_exactly_the_same_number_in_kilograms_per_kilowatt_hour()
    {
        Assert.Equal(0.5366m, Measurement.Parse("0.5366 tCO2/MWh").ConvertTo("kgCO2/kWh").Value);
        Assert.Equal(0.5366m, Measurement.Parse("0.5366 kgCO2/kWh").ConvertTo("tCO2/MWh").Value);
        Assert.Equal(UnitScale.One, (Unit.Parse("tCO2/MWh").Scale / Unit.Parse("kgCO2/kWh").Scale));
        Assert.Equal("EmissionFactor", Unit.Parse("tCO2/MWh").Kind);
    }

    [Fact]
    public void Natural_gas_calorific_value_per_ten_thousand_normal_cubic_metres_is_kilojoules_per_cubic_metre()
    {
        Assert.Equal(38_931m, Measurement.Parse("389.31 GJ/10⁴Nm³").ConvertTo("kJ/m³").Value);
        Assert.Equal(38_931m, Measurement.Parse("389.31 GJ/10^4Nm3").ConvertTo("kJ/m³").Value);
        Assert.Equal("VolumetricCalorificValue", Unit.Parse("GJ/10⁴Nm³").Kind);
    }

    [Fact]
    public void Tonnes_per_person_with_spaces_round_the_slash_is_a_mass_intensity()
    {
        var perEmployee = Measurement.Parse("32.30 噸 / 人");

        Assert.Equal("噸/人", perEmployee.Unit.Symbol);
        Assert.Equal("MassIntensity", perEmployee.Unit.Kind);
        Assert.Equal(32_300m, perEmployee.ConvertTo("千克 / 人").Value);
        Assert.Equal(32.30m, perEmployee.ConvertTo("t/person").Value);
    }

    [Fact]
    public void Kilograms_per_person_is_thousandths_of_tonnes_per_person() =>
        Assert.Equal(0.0498m, Measurement.Parse("49.8 千克 / 人").ConvertTo("噸 / 人").Value);

    [Fact]
    public void Tonnes_per_ten_thousand_yuan_is_kilograms_per_yuan()
    {
        Assert.Equal(0.005m, Measurement.Parse("0.05 t/万元").ConvertTo("kg/元").Value);
        Assert.Equal("Mass/CNY", Unit.Parse("t/万元").Kind);
    }

    [Fact]
    public void Water_usage_effectiveness_in_litres_per_kilowatt_hour_is_cubic_metres_per_megawatt_hour()
    {
        Assert.Equal(0.5m, Measurement.Parse("0.5 L/kWh").ConvertTo("m³/MWh").Value);
        Assert.Equal("WaterUsageEffectiveness", Unit.Parse("L/kWh").Kind);
    }

    [Fact]
    public void Carbon_content_in_tonnes_per_terajoule_is_kilograms_per_gigajoule()
    {
        Assert.Equal(15.3m, Measurement.Parse("15.3 tC/TJ").ConvertTo("kgC/GJ").Value);
        Assert.Equal("CarbonContent", Unit.Parse("tC/TJ").Kind);
    }

    [Fact]
    public void Coal_equivalent_per_kilowatt_hour_is_a_pure_ratio_of_energies()
    {
        // GB/T 2589: 0.1229 kgce/kWh is the calorific equivalent of electricity: 0.1229 × 29.3076 GJ/MWh.
        Assert.Equal(3.60190404m, Measurement.Parse("0.1229 kgce/kWh").ConvertTo("GJ/MWh").Value);
        Assert.Equal(1.0005289m, Measurement.Parse("0.1229 kgce/kWh").ConvertTo("").Value);
        Assert.Equal("Ratio", Unit.Parse("kgce/kWh").Kind);
    }

    [Fact]
    public void Calorific_value_in_kilojoules_per_kilogram_is_gigajoules_per_tonne()
    {
        Assert.Equal(43.33m, Measurement.Parse("43,330 kJ/kg").ConvertTo("GJ/t").Value);
        Assert.Equal("CalorificValue", Unit.Parse("kJ/kg").Kind);
    }

    [Fact]
    public void Forest_absorption_per_mu_day_times_mu_days_is_tonnes_of_co2()
    {
        var rate = Measurement.Parse("67 kgCO2/(mu·day)");
        var forest = Quantity.From(971m, "亩·天");

        var absorbed = forest * rate.Quantity;

        Assert.Equal(0.067m, rate.ConvertTo("tCO2/(亩·天)").Value);
        Assert.Equal(65.057m, absorbed.As("tCO2"));
        Assert.Equal("Co2e", absorbed.Kind);
    }

    [Fact]
    public void Water_in_ten_thousand_tonnes_is_cubic_metres_only_through_the_water_density_convention()
    {
        var withdrawal = Measurement.Parse("205.27 万吨");

        var volume = WaterDensity.AsVolume(withdrawal.Quantity, out var converted);

        Assert.True(converted);
        Assert.Equal(2_052_700m, volume.As("m³"));
        Assert.Equal(205.27m, volume.As("万立方米"));
    }
}
