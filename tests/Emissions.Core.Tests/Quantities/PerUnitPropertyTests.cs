using Emissions.Quantities;

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
}
