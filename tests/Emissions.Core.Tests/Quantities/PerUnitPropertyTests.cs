using Emissions.Quantities;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Quantities;

/// <summary>Per-unit properties of the typed quantities, against UnitsNet as the oracle (ADR 0010) and exact where decimal is.</summary>
public sealed class PerUnitPropertyTests
{
    // UnitsNet converts in double through its base unit: a few ulps.
    private static void Near(double theirs, decimal ours) =>
        Assert.True(Math.Abs((double)ours - theirs) <= 1e-14 * Math.Abs(theirs), $"ours {ours}, UnitsNet {theirs}");

    [Fact]
    public void Energy_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        var energy = Energy.FromKilowattHours(123_456.789m);
        var oracle = UnitsNet.Energy.FromKilowattHours(123_456.789);

        Near(oracle.Kilojoules, energy.Kilojoules);
        Near(oracle.Megajoules, energy.Megajoules);
        Near(oracle.Gigajoules, energy.Gigajoules);
        Near(oracle.Terajoules, energy.Terajoules);
        Near(oracle.WattHours, energy.WattHours);
        Near(oracle.MegawattHours, energy.MegawattHours);
        Near(oracle.GigawattHours, energy.GigawattHours);
        Near(oracle.TerawattHours, energy.TerawattHours);
    }

    [Fact]
    public void Energy_in_megawatt_hours_is_exact_where_decimal_is()
    {
        // Kuaishou 2020: 13,543.8512 MWh of direct energy reads back to the last digit, and as 48,757.86432 GJ (×3.6).
        var energy = Energy.FromMegawattHours(13_543.8512m);

        Assert.Equal(13_543.8512m, energy.MegawattHours);
        Assert.Equal(48_757.86432m, energy.Gigajoules);
        Assert.Equal(13_543_851.2m, energy.KilowattHours);
    }

    [Fact]
    public void Mass_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        var mass = Mass.FromTonnes(694_400m);
        var oracle = UnitsNet.Mass.FromTonnes(694_400);

        Near(oracle.Grams, mass.Grams);
        Near(oracle.Kilotonnes, mass.Kilotonnes);
        Near(oracle.Megatonnes, mass.Megatonnes);
        Near(oracle.Pounds, mass.Pounds);
        Near(oracle.ShortTons, mass.ShortTons);
        Assert.Equal(694_400m, mass.Tonnes);
        Assert.Equal(694.4m, mass.Kilotonnes);
    }

    [Fact]
    public void Energy_reads_in_british_thermal_units_and_therms_as_UnitsNet_reads_it()
    {
        var energy = Energy.FromGigajoules(20_256.68m);
        var oracle = UnitsNet.Energy.FromGigajoules(20_256.68);

        Near(oracle.BritishThermalUnits, energy.BritishThermalUnits);
        Near(oracle.MegabritishThermalUnits, energy.MillionBritishThermalUnits);
        Near(oracle.ThermsEc, energy.Therms);
        Near(oracle.ThermsUs, energy.ThermsUs);
    }

    [Fact]
    public void Energy_factories_agree_with_UnitsNet_where_it_has_the_unit()
    {
        Near(UnitsNet.Energy.FromWattHours(1_234.5).Joules, Energy.FromWattHours(1_234.5m).Joules);
        Near(UnitsNet.Energy.FromTerawattHours(1.25).Joules, Energy.FromTerawattHours(1.25m).Joules);
        Near(UnitsNet.Energy.FromBritishThermalUnits(1_000_000).Joules, Energy.FromBritishThermalUnits(1_000_000m).Joules);
        Near(UnitsNet.Energy.FromMegabritishThermalUnits(42.5).Joules, Energy.FromMillionBritishThermalUnits(42.5m).Joules);
        Near(UnitsNet.Energy.FromThermsEc(310).Joules, Energy.FromTherms(310m).Joules);
        Near(UnitsNet.Energy.FromThermsUs(310).Joules, Energy.FromThermsUs(310m).Joules);
    }

    [Fact]
    public void Energy_in_oil_and_coal_equivalent_uses_the_published_definitions_UnitsNet_lacks()
    {
        // IEA: 1 toe = 41.868 GJ; GB/T 2589: 1 kgce = 29,307.6 kJ, so 1 tce = 29.3076 GJ.
        Assert.Equal(41.868m, Energy.FromTonnesOfOilEquivalent(1m).Gigajoules);
        Assert.Equal(29.3076m, Energy.FromKilogramsOfCoalEquivalent(1_000m).Gigajoules);
        Assert.Equal(Energy.FromTonnesOfCoalEquivalent(1m), Energy.FromKilogramsOfCoalEquivalent(1_000m));
    }

    [Fact]
    public void Co2e_reads_in_each_mass_unit_as_UnitsNet_reads_the_same_mass()
    {
        // UnitsNet has no CO2e; a tonne of CO2e is a tonne, so its Mass is the oracle. Kuaishou 2020: 69.44 萬噸 of GHG.
        var co2e = Co2e.FromTonnesCo2e(694_400m);
        var oracle = UnitsNet.Mass.FromTonnes(694_400);

        Near(oracle.Grams, co2e.GramsCo2e);
        Near(oracle.Tonnes, co2e.TonnesCo2e);
        Near(oracle.Kilotonnes, co2e.KilotonnesCo2e);
        Near(oracle.Megatonnes, co2e.MegatonnesCo2e);
        Near(oracle.Pounds, co2e.PoundsCo2e);
        Assert.Equal(694_400m, co2e.TonnesCo2e);
        Assert.Equal(694.4m, co2e.KilotonnesCo2e);
        Assert.Equal(0.6944m, co2e.MegatonnesCo2e);
    }

    [Fact]
    public void Mass_factories_agree_with_UnitsNet()
    {
        Near(UnitsNet.Mass.FromKilotonnes(694.4).Kilograms, Mass.FromKilotonnes(694.4m).Kilograms);
        Near(UnitsNet.Mass.FromMegatonnes(0.6944).Kilograms, Mass.FromMegatonnes(0.6944m).Kilograms);
        Near(UnitsNet.Mass.FromShortTons(2_000).Kilograms, Mass.FromShortTons(2_000m).Kilograms);
        Assert.Equal(907.18474m, Mass.FromShortTons(1m).Kilograms);
    }

    [Fact]
    public void Volume_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        // Kuaishou 2020 water withdrawal, printed 205.27 萬噸; as 万立方米 at 1 t = 1 m³ it is 2,052,700 m³.
        var volume = Volume.FromTenThousandCubicMetres(205.27m);
        var oracle = UnitsNet.Volume.FromCubicMeters(2_052_700);

        Near(oracle.Liters, volume.Litres);
        Near(oracle.Milliliters, volume.Millilitres);
        Near(oracle.UsGallons, volume.UsGallons);
        Assert.Equal(2_052_700m, volume.CubicMetres);
        Assert.Equal(2_052_700_000m, volume.Litres);
        Near(UnitsNet.Volume.FromMilliliters(250).CubicMeters, Volume.FromMillilitres(250m).CubicMetres);
    }

    [Fact]
    public void Area_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        // 36,861 m² is exactly 55.2915 亩 (ADR 0010) and 3.6861 ha.
        var area = Area.FromSquareMetres(36_861m);
        var oracle = UnitsNet.Area.FromSquareMeters(36_861);

        Near(oracle.SquareKilometers, area.SquareKilometres);
        Near(oracle.Hectares, area.Hectares);
        Near(oracle.SquareFeet, area.SquareFeet);
        Assert.Equal(3.6861m, area.Hectares);
        Assert.Equal(0.036861m, area.SquareKilometres);
        Assert.Equal(55.2915m, area.As(AreaUnit.Mu));
        Near(UnitsNet.Area.FromSquareKilometers(2.5).SquareMeters, Area.FromSquareKilometres(2.5m).SquareMetres);
    }

    [Fact]
    public void Power_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        var power = Power.FromKilowatts(12_345.6m);
        var oracle = UnitsNet.Power.FromKilowatts(12_345.6);

        Near((double)oracle.Megawatts, power.Megawatts);
        Near((double)oracle.Gigawatts, power.Gigawatts);
        Assert.Equal(12.3456m, power.Megawatts);
        Assert.Equal(0.0123456m, power.Gigawatts);
        Assert.Equal(12_345_600m, Power.FromGigawatts(0.0123456m).Watts);
    }

    [Fact]
    public void Duration_reads_in_each_unit_as_UnitsNet_reads_it()
    {
        // A year of continuous operation: 8,760 h.
        var duration = Duration.FromHours(8_760m);
        var oracle = UnitsNet.Duration.FromHours(8_760);

        Near(oracle.Minutes, duration.Minutes);
        Near(oracle.Days, duration.Days);
        Assert.Equal(525_600m, duration.Minutes);
        Assert.Equal(365m, duration.Days);
        Assert.Equal(duration, Duration.FromMinutes(525_600m));
    }

    [Fact]
    public void Ratio_reads_in_percent_and_per_mille_as_UnitsNet_reads_it()
    {
        var ratio = Ratio.Parse("94.8 %");
        var oracle = UnitsNet.Ratio.FromPercent(94.8);

        Near(oracle.Percent, ratio.Percent);
        Near(oracle.PartsPerThousand, ratio.PerMille);
        Assert.Equal(948m, ratio.PerMille);
        Assert.Equal(0.005m, Ratio.FromPerMille(5m).DecimalFraction);
    }

    // Factories and properties in units a power of ten (or 60, 3,600 or 86,400) from the stored unit: exact both ways.
    // Printed values of up to 12 significant digits: 10^12 TWh is 3.6e27 J, inside decimal's range for the joule store.
    [Fact]
    public void A_value_made_in_a_unit_reads_back_exactly_in_that_unit()
    {
        var pairs = new (string Unit, Func<decimal, decimal> RoundTrip)[]
        {
            ("Wh", v => Energy.FromWattHours(v).WattHours),
            ("TWh", v => Energy.FromTerawattHours(v).TerawattHours),
            ("kt", v => Mass.FromKilotonnes(v).Kilotonnes),
            ("Mt", v => Mass.FromMegatonnes(v).Megatonnes),
            ("gCO2e", v => Co2e.FromGramsCo2e(v).GramsCo2e),
            ("ktCO2e", v => Co2e.FromKilotonnesCo2e(v).KilotonnesCo2e),
            ("MtCO2e", v => Co2e.FromMegatonnesCo2e(v).MegatonnesCo2e),
            ("mL", v => Volume.FromMillilitres(v).Millilitres),
            ("L", v => Volume.FromLitres(v).Litres),
            ("万立方米", v => Volume.FromTenThousandCubicMetres(v).As(VolumeUnit.TenThousandCubicMetres)),
            ("km²", v => Area.FromSquareKilometres(v).SquareKilometres),
            ("ha", v => Area.FromHectares(v).Hectares),
            ("MW", v => Power.FromMegawatts(v).Megawatts),
            ("GW", v => Power.FromGigawatts(v).Gigawatts),
            ("min", v => Duration.FromMinutes(v).Minutes),
            ("day", v => Duration.FromDays(v).Days),
            ("‰", v => Ratio.FromPerMille(v).PerMille),
        };
        var gen = from pair in Gen.Elements(pairs)
                  from high in Gen.Choose(0, 999)
                  from low in Gen.Choose(0, 999_999_999)
                  from scale in Gen.Choose(0, 6)
                  from negative in Gen.Elements(false, true)
                  select (pair, Value: new decimal(((long)high * 1_000_000_000L) + low) / Pow10(scale) * (negative ? -1m : 1m));

        Prop.ForAll(gen.ToArbitrary(), t => t.pair.RoundTrip(t.Value) == t.Value)
            .Check(PropertyRuns.Quick(500));
    }

    private static decimal Pow10(int scale)
    {
        var result = 1m;
        for (var i = 0; i < scale; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
