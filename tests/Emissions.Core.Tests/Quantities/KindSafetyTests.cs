using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// Typed quantities make mixing kinds a compile error (Energy + Mass has no operator, so no test
/// can show it); run-time quantities, whose kinds come from input, fail with a named error instead.
/// </summary>
public class KindSafetyTests
{
    [Fact]
    public void Adding_energy_to_mass_at_run_time_fails_with_incompatible_kinds()
    {
        var error = Assert.Throws<QuantityException>(() => Quantity.From(1m, "MWh") + Quantity.From(1m, "t"));

        Assert.Equal(QuantityError.IncompatibleKinds, error.Error);
        Assert.Equal("cannot add Energy and Mass", error.Message);
    }

    [Fact]
    public void Tonnes_of_waste_and_tonnes_of_co2e_are_different_kinds()
    {
        var error = Assert.Throws<QuantityException>(() => Quantity.From(13_310m, "t") - Quantity.From(1m, "tCO2e"));

        Assert.Equal(QuantityError.IncompatibleKinds, error.Error);
        Assert.Equal("cannot subtract Mass and Co2e", error.Message);
        Assert.Equal(QuantityError.IncompatibleKinds, Assert.Throws<QuantityException>(() => Quantity.From(1m, "t") < Quantity.From(1m, "tC")).Error);
    }

    [Fact]
    public void Energy_times_an_emission_factor_is_co2e()
    {
        var electricity = Energy.Parse("721,117.23 兆瓦時");
        var grid = EmissionFactor.Parse("0.5366 tCO2/MWh");

        Co2e emissions = electricity * grid;

        Assert.Equal(386_951.505618m, emissions.As(Co2eUnit.TonneCo2e));
        Assert.Equal("386951.505618 tCO2e", emissions.ToString());
    }

    [Fact]
    public void Co2e_divided_by_energy_is_an_emission_factor()
    {
        var emissions = Co2e.FromTonnesCo2e(386_951.505618m);
        var electricity = Energy.FromMegawattHours(721_117.23m);

        EmissionFactor factor = emissions / electricity;

        Assert.Equal(0.5366m, factor.As("kgCO2e/kWh"));
        Assert.Equal("0.5366 tCO2/MWh", factor.ToString());
    }

    [Fact]
    public void Power_times_duration_is_energy()
    {
        Energy twoKilowattsForThreeHours = Power.FromKilowatts(2m) * Duration.FromHours(3m);
        Energy hundredWattsForNinetyMinutes = Power.FromWatts(100m) * Duration.From(90m, DurationUnit.Minute);
        Energy oneMegawattForADay = Power.FromMegawatts(1m) * Duration.FromDays(1m);

        Assert.Equal(6m, twoKilowattsForThreeHours.KilowattHours);
        Assert.Equal(0.15m, hundredWattsForNinetyMinutes.KilowattHours);
        Assert.Equal(24m, oneMegawattForADay.As(EnergyUnit.MegawattHour));
    }

    [Fact]
    public void Energy_divided_by_duration_is_power()
    {
        Power average = Energy.FromMegawattHours(8_760m) / Duration.FromDays(365m);

        Assert.Equal(1_000_000m, average.Watts);
        Assert.Equal(1_000m, average.Kilowatts);
        Assert.Equal(1m, average.As(PowerUnit.Megawatt));
    }

    [Fact]
    public void Durations_convert_exactly_through_seconds()
    {
        Assert.Equal(1m, Duration.FromSeconds(1m).Seconds);
        Assert.Equal(5_400m, Duration.From(90m, DurationUnit.Minute).Seconds);
        Assert.Equal(1.5m, Duration.From(90m, DurationUnit.Minute).Hours);
        Assert.Equal(1m, Duration.FromSeconds(1m).As(DurationUnit.Second));
        Assert.Equal(1m, Duration.Parse("86,400 s").As(DurationUnit.Day));
        Assert.Equal("1.5 h", Duration.Parse("90 min").ToString());
    }

    [Fact]
    public void Energy_divided_by_energy_is_a_ratio()
    {
        Ratio pue = Energy.FromMegawattHours(120_000m) / Energy.FromMegawattHours(100_000m);

        Assert.Equal(1.2m, pue.DecimalFraction);
        Assert.Equal(Ratio.Parse("120 %"), pue);
    }

    [Fact]
    public void Co2e_per_person_is_an_emission_intensity()
    {
        var perEmployee = Co2e.Parse("69.44 萬噸二氧化碳當量") / Count.Parse("21,499 人");

        Assert.Equal("EmissionIntensity", perEmployee.Kind);
        Assert.Equal(32.30m, Math.Round(perEmployee.As("tCO2e/person"), 2));
    }

    [Fact]
    public void Typed_values_read_from_run_time_quantities_check_the_kind()
    {
        Assert.Equal(Energy.FromMegawattHours(5m), Energy.FromQuantity(Quantity.From(18m, "GJ")));
        Assert.Equal(Mass.FromTonnes(694_400m), Mass.FromQuantity(Measurement.Parse("69.44 萬噸").Quantity));
        Assert.Equal(QuantityError.WrongKind, Assert.Throws<QuantityException>(() => Co2e.FromQuantity(Quantity.From(1m, "t"))).Error);
    }

    [Fact]
    public void Equal_quantities_in_different_units_are_equal()
    {
        Assert.Equal(Energy.FromMegawattHours(1m), Energy.FromKilowattHours(1_000m));
        Assert.Equal(Energy.FromMegawattHours(1m), Energy.FromGigajoules(3.6m));
        Assert.Equal(Mass.FromTonnes(1m), Mass.FromKilograms(1_000m));
        Assert.Equal(Area.FromMu(15m), Area.FromHectares(1m));
        Assert.True(Energy.FromTonnesOfCoalEquivalent(1m) > Energy.FromGigajoules(29m));
        Assert.Equal(Quantity.From(1m, "tCO2/MWh"), Quantity.From(1m, "kgCO2/kWh"));
    }

    [Fact]
    public void Every_named_kind_has_its_dimension()
    {
        Assert.Equal("Energy", Unit.Parse("兆瓦時").Kind);
        Assert.Equal("Mass", Unit.Parse("萬噸").Kind);
        Assert.Equal("Co2e", Unit.Parse("tCO2e").Kind);
        Assert.Equal("Carbon", Unit.Parse("tC").Kind);
        Assert.Equal("Volume", Unit.Parse("立方米").Kind);
        Assert.Equal("Area", Unit.Parse("亩").Kind);
        Assert.Equal("Power", Unit.Parse("MW").Kind);
        Assert.Equal("Duration", Unit.Parse("天").Kind);
        Assert.Equal("Count", Unit.Parse("人").Kind);
        Assert.Equal("Ratio", Unit.Parse("%").Kind);
        Assert.Equal("EnergyIntensity", Unit.Parse("兆瓦時 / 人").Kind);
        Assert.Equal("VolumeIntensity", Unit.Parse("m³/person").Kind);
        Assert.Equal("MassEmissionFactor", Unit.Parse("tCO2/t").Kind);
        Assert.Equal("VolumetricEmissionFactor", Unit.Parse("kgCO2/m³").Kind);
        Assert.Equal("CO2e/(Length^2·Time)", Unit.Parse("kgCO2/(mu·day)").Kind);
    }
}
