using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Quantities;

/// <summary>
/// UnitsNet (5.75.1) as an independent oracle: every unit both define converts to every other of its kind as
/// UnitsNet converts it, within UnitsNet's double precision; and the interop hands values across as printed.
/// </summary>
public class UnitsNetOracleTests
{
    // UnitsNet computes in double through its base unit: a few ulps of error, relative 1e-15 at most here.
    private const double Tolerance = 1e-14;

    private const double DecimalResolution = 1e-28;

    public static TheoryData<string, string> SharedPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in UnitsNetUnits.Shared)
        {
            foreach (var to in UnitsNetUnits.Shared.Where(t => t.UnitsNetUnit.GetType() == from.UnitsNetUnit.GetType()))
            {
                data.Add(from.Symbol, to.Symbol);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedPairs))]
    public void Every_shared_unit_converts_as_UnitsNet_converts_it(string from, string to)
    {
        var fromUnit = UnitsNetUnits.Shared.Single(r => r.Symbol == from).UnitsNetUnit;
        var toUnit = UnitsNetUnits.Shared.Single(r => r.Symbol == to).UnitsNetUnit;

        var ours = (double)new Measurement(1m, UnitCatalog.Get(from)).ConvertTo(to).Value;
        var theirs = UnitsNet.UnitConverter.Convert(1, fromUnit, toUnit);

        // decimal keeps at most 28 decimal places, so a tiny result (1 J in TWh = 2.78e-16) is exact only to 1e-28.
        Assert.True(Math.Abs(ours - theirs) <= Math.Max(Tolerance * Math.Abs(theirs), DecimalResolution),
            $"1 {from} = {ours.ToString("R", CultureInfo.InvariantCulture)} {to} here, {theirs.ToString("R", CultureInfo.InvariantCulture)} in UnitsNet");
    }

    [Fact]
    public void Every_shared_row_names_a_catalogue_symbol_and_a_distinct_UnitsNet_unit()
    {
        Assert.All(UnitsNetUnits.Shared, r => Assert.True(UnitCatalog.Symbols.ContainsKey(r.Symbol), r.Symbol));
        Assert.Equal(UnitsNetUnits.Shared.Count, UnitsNetUnits.Shared.Select(r => r.UnitsNetUnit).Distinct().Count());
        Assert.True(UnitsNetUnits.Shared.Count >= 50);
    }

    [Fact]
    public void UnitsNet_calories_are_thermochemical_so_kcal_is_not_shared()
    {
        var theirs = UnitsNet.UnitConverter.Convert(1, UnitsNet.Units.EnergyUnit.Kilocalorie, UnitsNet.Units.EnergyUnit.Joule);

        Assert.Equal(4184d, theirs, 1e-9);
        Assert.Equal(4186.8m, Measurement.Parse("1 kcal").ConvertTo("J").Value);
        Assert.DoesNotContain(UnitsNetUnits.Shared, r => r.Symbol == "kcal");
    }

    [Theory]
    [InlineData("721,117.23 MWh", "721117.23 MWh")]
    [InlineData("892.32 t", "892.32 t")]
    [InlineData("273,431.40 m³", "273431.4 m³")]
    [InlineData("20,256.68 GJ", "20256.68 GJ")]
    [InlineData("1.5 MMBtu", "1.5 MMBtu")]
    [InlineData("42 gal(US)", "42 gal(US)")]
    [InlineData("36,861 m²", "36861 m²")]
    [InlineData("8,760 h", "8760 h")]
    public void A_measurement_goes_to_UnitsNet_and_back_unchanged(string printed, string back)
    {
        var measurement = Measurement.Parse(printed);

        var roundTrip = Measurement.FromUnitsNet(measurement.ToUnitsNet());

        Assert.Equal(back, roundTrip.ToString());
        Assert.Equal(measurement.Quantity, roundTrip.Quantity);
    }

    [Fact]
    public void A_UnitsNet_quantity_arrives_with_the_value_its_caller_wrote()
    {
        var energy = Measurement.FromUnitsNet(UnitsNet.Energy.FromMegawattHours(721117.23));
        var mass = Measurement.FromUnitsNet(UnitsNet.Mass.FromTonnes(0.1));

        Assert.Equal("721117.23 MWh", energy.ToString());
        Assert.Equal(2596022.028m, energy.ConvertTo("GJ").Value);
        Assert.Equal("0.1 t", mass.ToString());
    }

    [Fact]
    public void A_unit_UnitsNet_lacks_goes_across_in_its_kinds_canonical_unit()
    {
        var quantity = Measurement.Parse("69.44 萬噸").ToUnitsNet();

        Assert.Equal(UnitsNet.Units.MassUnit.Kilogram, quantity.Unit);
        Assert.Equal(694_400_000d, (double)quantity.Value);
    }

    [Fact]
    public void A_kind_UnitsNet_has_no_quantity_for_is_refused_naming_it()
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.Parse("694,400 tCO2e").ToUnitsNet());

        Assert.Equal("'694400 tCO2e' is Co2e, which UnitsNet has no quantity for", ex.Message);
    }

    [Fact]
    public void A_UnitsNet_unit_without_an_exact_counterpart_is_refused_naming_it()
    {
        var ex = Assert.Throws<QuantityException>(() => Measurement.FromUnitsNet(UnitsNet.Energy.FromKilocalories(1)));

        Assert.StartsWith("UnitsNet unit Energy.Kilocalorie has no exact counterpart here", ex.Message, StringComparison.Ordinal);
    }
}
