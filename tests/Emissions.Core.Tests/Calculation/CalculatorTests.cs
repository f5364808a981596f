using System.Text.Json;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Calculation;

public class CalculatorTests
{
    private static CalculationResult Calculate(string json, IFactorResolver? resolver = null) =>
        Calculator.Calculate(InventoryReader.Read(JsonDocument.Parse(json).RootElement), resolver ?? TestFactorSet.ChineseDefaults());

    private static decimal Value(CalculationResult result, string id, string? site = null) => result.Get(id, site).Value;

    [Fact]
    public void A_share_of_zero_electricity_is_not_computed_and_says_why_while_the_other_figures_stand()
    {
        var result = Calculate("""{"electricity": [{"amount": "0 MWh", "region": "CN-North", "renewable": "0 MWh"}]}""");

        Assert.Null(result.Find("energy.renewable.share"));
        Assert.Equal(0m, Value(result, "ghg.scope2"));
        var warning = Assert.Single(result.Warnings, w => w.Code == Emissions.Diagnostics.WarningCodes.NotComputed);
        Assert.StartsWith("energy.renewable.share not computed: energy.renewable / energy.electricity divides by zero (", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pue_of_two_sites_is_energy_weighted_not_the_mean_of_site_pues()
    {
        var result = Calculate("""
            {"dataCenters": [
              {"id": "a", "facility": "120 MWh", "it": "100 MWh"},
              {"id": "b", "facility": "300 MWh", "it": "200 MWh"}]}
            """);

        Assert.Equal(1.2m, Value(result, "dc.pue", "a"));
        Assert.Equal(1.5m, Value(result, "dc.pue", "b"));
        Assert.Equal(1.4m, Value(result, "dc.pue"));
        Assert.Contains(result.Warnings, w => w.Message.Contains("unweighted mean of the 2 site PUEs is 1.35", StringComparison.Ordinal));
        Assert.Contains("unweighted mean of site PUEs: 1.35", result.Get("dc.pue").Trace.Notes);
    }

    [Fact]
    public void An_unweighted_mean_of_site_pues_beyond_decimal_range_is_a_quantity_error_naming_the_figure()
    {
        // Each site's PUE is 4e16 MWh / 1e-12 MWh = 4e28, within decimal's 7.9e28, and so is the fleet's (8e16 / 2e-12);
        // the sum of the two site PUEs that their mean divides, 8e28, is not.
        var inventory = InventoryReader.Read(JsonDocument.Parse("""
            {"dataCenters": [
              {"id": "a", "facility": "40,000,000,000,000,000 MWh", "it": "0.000000000001 MWh"},
              {"id": "b", "facility": "40,000,000,000,000,000 MWh", "it": "0.000000000001 MWh"}]}
            """).RootElement);

        var error = Assert.Throws<Emissions.Quantities.QuantityException>(() => Calculator.Calculate(inventory, TestFactorSet.ChineseDefaults()));

        Assert.Equal(Emissions.Quantities.QuantityError.Overflow, error.Error);
        Assert.Contains("unweighted mean of the 2 site PUEs (dc.pue)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pue_components_give_clf_plf_and_other_load_that_add_up_to_pue()
    {
        var result = Calculate("""
            {"dataCenters": [{"id": "dc-1", "facility": "120,000 MWh", "it": "95,000 MWh", "cooling": "18,000 MWh",
              "powerLoss": "5,000 MWh", "water": "40,000 m³", "renewable": "10,000 MWh", "region": "CN-North"}]}
            """);

        var clf = Value(result, "dc.clf", "dc-1");
        var plf = Value(result, "dc.plf", "dc-1");
        var olf = Value(result, "dc.olf", "dc-1");
        Assert.Equal(2_000m, Value(result, "dc.energy.other", "dc-1"));
        Assert.Equal(120_000m / 95_000m, Value(result, "dc.pue", "dc-1"));
        Assert.Equal(1m + clf + plf + olf, Value(result, "dc.pue", "dc-1"), 26);

        // WUE in L/kWh: 40,000,000 L / 95,000,000 kWh. The canonical m³/kWh (4.2e-4) keeps 25 significant digits
        // within decimal's 28 decimal places, hence 22 here.
        Assert.Equal(40_000m / 95_000m, Value(result, "dc.wue", "dc-1"), 22);

        // REF = 10,000 / 120,000; CUE = (120,000 − 10,000) MWh × 0.6776 t/MWh / 95,000 MWh, in kg/kWh.
        Assert.Equal(10_000m / 120_000m, Value(result, "dc.ref", "dc-1"), 26);
        Assert.Equal(74_536m, Value(result, "dc.ghg", "dc-1"));
        Assert.Equal(74_536m / 95_000m, Value(result, "dc.cue", "dc-1"), 26);
    }

    [Fact]
    public void Market_based_scope_2_counts_green_power_at_zero_and_the_rest_at_the_residual_factor()
    {
        var result = Calculate("""
            {"period": "2022", "electricity": [{"amount": "1,000 MWh", "region": "CN-North", "renewable": "400 MWh"}]}
            """);

        // Location: 1,000 × 0.6776 = 677.6 t. Market: (1,000 − 400) × 0.5856 (national, excluding market-traded non-fossil) = 351.36 t.
        Assert.Equal(677.6m, Value(result, "ghg.scope2"));
        Assert.Equal(351.36m, Value(result, "ghg.scope2.market"));
        Assert.Equal(400m, Value(result, "energy.renewable"));
        var trace = result.Get("ghg.scope2.market").Trace;
        Assert.Contains(trace.Factors, f => f.Value == "0.5856" && f.Unit == "tCO2/MWh");
    }

    [Fact]
    public void Electricity_lines_in_mixed_units_and_regions_are_summed_per_region_and_traced_line_by_line()
    {
        var result = Calculate("""
            {"period": "2022", "electricity": [
              {"amount": "1 MWh", "region": "CN-North", "renewable": "200 kWh"},
              {"amount": "3 MWh", "region": "CN"},
              {"amount": "500 kWh", "region": "CN-North"},
              {"amount": "1,000 kWh", "region": "CN", "renewable": "0.5 MWh"}]}
            """);

        // CN-North 1.5 MWh × 0.6776 = 1.0164 t; CN 4 MWh × 0.5366 = 2.1464 t.
        Assert.Equal(5.5m, Value(result, "energy.electricity"));
        Assert.Equal(0.7m, Value(result, "energy.renewable"));
        Assert.Equal(1.0164m + 2.1464m, Value(result, "ghg.scope2"));
        // Market: (5.5 − 0.7) MWh × 0.5856 (national residual) = 2.81088 t.
        Assert.Equal(2.81088m, Value(result, "ghg.scope2.market"));
        var location = result.Get("ghg.scope2").Trace;
        Assert.Equal(
            ["$.electricity[0].amount", "$.electricity[0].renewable", "$.electricity[1].amount", "$.electricity[2].amount", "$.electricity[3].amount", "$.electricity[3].renewable"],
            location.Inputs.Select(i => i.Field));
        Assert.Equal(["0.6776", "0.5366"], location.Factors.Select(f => f.Value));
        Assert.Equal(location.Inputs, result.Get("ghg.scope2.market").Trace.Inputs);
        Assert.Equal("Σ 4 lines", result.Get("energy.electricity").Trace.Formula);
    }

    [Fact]
    public void Purchased_heat_adds_to_scope_2_at_its_factor_and_to_indirect_energy_at_3_6_gj_per_mwh()
    {
        var result = Calculate("""{"heat": [{"amount": "20,256.68 吉焦"}], "electricity": [{"amount": "715,200.83 兆瓦時", "region": "CN-North"}]}""");

        Assert.Equal(20_256.68m, Value(result, "energy.heat"));
        Assert.Equal(715_200.83m + (20_256.68m / 3.6m), Value(result, "energy.indirect"), 20);
        Assert.Equal((715_200.83m * 0.6776m) + (20_256.68m * 0.11m), Value(result, "ghg.scope2"), 20);
    }

    [Fact]
    public void Refrigerant_blend_emissions_use_the_gwp_computed_from_its_composition()
    {
        var result = Calculate("""{"refrigerants": [{"gas": "R-410A", "released": "12 kg"}]}""");

        // AR5: 0.5 × 677 + 0.5 × 3,170 = 1,923.5; 12 kg × 1,923.5 = 23,082 kg = 23.082 t.
        Assert.Equal(23.082m, Value(result, "ghg.scope1"));
        Assert.Contains(result.Get("ghg.scope1").Trace.Factors, f => f.Value == "1923.5");
    }

    [Fact]
    public void Chinese_method_diesel_scope_1_is_activity_times_ncv_times_carbon_times_oxidation_times_44_over_12()
    {
        var result = Calculate("""{"region": "CN", "fuels": [{"fuel": "diesel", "amount": "892.32 t"}]}""");

        // 892.32 t × 42.652 GJ/t × 20.20 tC/TJ × 0.98 × 44/12 (seed-checks §3: 2,762.5 t).
        var expected = 892.32m * 42.652m * 0.0202m * 0.98m * 44m / 12m;
        Assert.Equal(expected, Value(result, "ghg.scope1"), 20);
        Assert.Equal("2762.5", Math.Round(Value(result, "ghg.scope1"), 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(892.32m * 42.652m / 3.6m, Value(result, "energy.direct"), 20);
    }

    [Fact]
    public void Ipcc_method_on_the_same_diesel_gives_energy_times_co2_per_tj_and_differs_from_the_chinese_method()
    {
        var ipcc = new TestFactorSet(ScopeOneMethod.Ipcc)
            .With(FactorParameter.NetCalorificValue, "diesel", "43.0", "TJ/Gg")
            .With(FactorParameter.Co2PerEnergy, "diesel", "74100", "kgCO2/TJ")
            .Resolver();
        var json = """{"region": "CN", "fuels": [{"fuel": "diesel", "amount": "892.32 t"}]}""";

        var viaIpcc = Value(Calculate(json, ipcc), "ghg.scope1");
        var viaCn = Value(Calculate(json), "ghg.scope1");

        // 892.32 t × 43.0 TJ/Gg = 38.36976 TJ × 74,100 kg/TJ = 2,843.199216 t (seed-checks §3: 2,843.2 t).
        Assert.Equal(2_843.199216m, viaIpcc);
        Assert.True(viaIpcc - viaCn > 80m);
        Assert.Contains(Calculate(json, ipcc).Warnings, w => w.Message.Contains("CH4 from combustion of diesel not counted", StringComparison.Ordinal));
    }

    [Fact]
    public void Natural_gas_energy_uses_the_volumetric_calorific_value()
    {
        var result = Calculate("""{"region": "CN", "fuels": [{"fuel": "natural-gas", "amount": "273,431.40 立方米"}]}""");

        // 273,431.40 m³ × 389.31 GJ / 10⁴ m³ = 10,645.0575834 GJ = 2,956.9604398 MWh (seed-checks §2.3 case A: 2,956.933 at 38,931 kJ/m³ … same value).
        Assert.Equal(273_431.40m * 389.31m / 10_000m / 3.6m, Value(result, "energy.direct"), 20);
        Assert.Equal(273_431.40m, Value(result, "fuel.natural-gas"));
    }

    [Fact]
    public void Per_employee_intensities_divide_by_year_end_headcount_and_say_so()
    {
        var result = Calculate("""{"headcount": "21,499", "waste": [{"category": "hazardous", "amount": "1.07 噸"}], "water": {"withdrawal": "205.27 萬噸"}}""");

        Assert.Equal(1_070m / 21_499m, Value(result, "waste.hazardous.per-employee"), 24);
        Assert.Equal("kg/person", result.Get("waste.hazardous.per-employee").Unit.Symbol);
        Assert.Equal(2_052_700m / 21_499m, Value(result, "water.withdrawal.per-employee"), 22);
        Assert.Contains("denominator: year-end headcount", result.Get("water.withdrawal.per-employee").Trace.Notes);
        Assert.Contains("water at 1 t = 1 m³ (1000 kg/m³)", result.Get("water.withdrawal").Trace.Notes);
    }

    [Fact]
    public void A_given_total_wins_over_its_components_and_the_difference_is_a_warning()
    {
        var result = Calculate("""
            {"electricity": [{"amount": "715,200.83 MWh", "region": "CN-North"}], "heat": [{"amount": "20,256.68 GJ"}],
             "totals": {"energy.indirect": "721,117.23 MWh"}}
            """);

        Assert.Equal(721_117.23m, Value(result, "energy.indirect"));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("energy.indirect: the given total 721117.23 MWh differs from the sum of its components (720827.68555", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_figure_carries_a_formula_and_its_factors_with_sources()
    {
        var result = Calculate("""{"fuels": [{"fuel": "diesel", "amount": "892.32 t"}], "electricity": [{"amount": "10 MWh", "region": "CN-North"}]}""");

        Assert.All(result.Metrics, m => Assert.False(string.IsNullOrEmpty(m.Trace.Formula)));
        var scope1 = result.Get("ghg.scope1").Trace;
        Assert.Equal(["test/hand/1:diesel-netcalorificvalue-cn-", "test/hand/1:diesel-carboncontent-cn-", "test/hand/1:diesel-oxidationrate-cn-"], scope1.Factors.Select(f => f.Id));
        Assert.All(scope1.Factors, f => Assert.Contains("factors.md", f.Source, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"headcount": "0", "ghg": 1, "waste": [{"category": "hazardous", "amount": "1 t"}]}""", "$.ghg")]
    [InlineData("""{"headcount": "0", "waste": [{"category": "hazardous", "amount": "1 t"}]}""", "$.headcount")]
    [InlineData("""{"fuels": [{"fuel": "kerosene", "amount": "1 t"}]}""", "$.fuels[0].fuel")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "-1 t"}]}""", "$.fuels[0].amount")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 MWh/t"}]}""", "$.fuels[0].amount")]
    [InlineData("""{"fuels": [{"fuel": "diesel"}]}""", "$.fuels[0].amount")]
    [InlineData("""{"fuels": [{"fuel": "gasoline", "amount": "1 t"}]}""", "$.fuels[0].fuel")]
    [InlineData("""{"region": "CN", "fuels": [{"fuel": "gasoline", "amount": "1 t"}]}""", "$.fuels[0].fuel")]
    [InlineData("""{"fuels": [{"fuel": "diesel", "amount": "1 t"}]}""", "$.fuels[0].region")]
    [InlineData("""{"region": "Mars"}""", "$.region")]
    [InlineData("""{"region": "CN", "fuels": [{"fuel": "diesel", "amount": "1 m³"}]}""", "$.fuels[0].amount")]
    [InlineData("""{"electricity": [{"amount": "1 MWh", "region": "CN-Mars"}]}""", "$.electricity[0].region")]
    [InlineData("""{"electricity": [{"amount": "1 t", "region": "CN"}]}""", "$.electricity[0].amount")]
    [InlineData("""{"dataCenters": [{"facility": "90 MWh", "it": "100 MWh"}]}""", "$.dataCenters[0].it")]
    [InlineData("""{"refrigerants": [{"gas": "R-999", "released": "1 kg"}]}""", "$.refrigerants[0].gas")]
    [InlineData("""{"water": {"withdrawal": "3 MWh"}}""", "$.water.withdrawal")]
    [InlineData("""{"waste": [{"category": "toxic", "amount": "1 t"}]}""", "$.waste[0].category")]
    [InlineData("""{"totals": {"energy.indirekt": "1 MWh"}}""", "$.totals['energy.indirekt']")]
    public void Bad_input_is_an_error_naming_the_json_path(string json, string path)
    {
        var ex = Assert.Throws<InputException>(() => Calculate(json));
        Assert.Equal(path, ex.Path);
        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_factor_is_an_error_never_a_silent_zero()
    {
        var empty = new TestFactorSet().Resolver();
        var ex = Assert.Throws<InputException>(() => Calculate("""{"electricity": [{"amount": "1 MWh", "region": "CN"}]}""", empty));
        Assert.Contains("no emission-factor for carrier electricity", ex.Message, StringComparison.Ordinal);
    }

    private static FactorResolver WithStandardCoal() => new TestFactorSet(residualBasis: null)
        .With(FactorParameter.NetCalorificValue, "diesel", "42.652", "GJ/t")
        .With(FactorParameter.CarbonContent, "diesel", "20.20", "tC/TJ")
        .With(FactorParameter.OxidationRate, "diesel", "98", "%")
        .With(FactorParameter.NetCalorificValue, "lpg", "50.179", "GJ/t")
        .With(FactorParameter.CarbonContent, "lpg", "17.20", "tC/TJ")
        .With(FactorParameter.OxidationRate, "lpg", "98", "%")
        .With(FactorParameter.StandardCoalCoefficient, "diesel", "1.4571", "kgce/kg")
        .With(FactorParameter.StandardCoalCoefficient, "lpg", "1.7143", "kgce/kg")
        .With(FactorParameter.StandardCoalCoefficient, "electricity", "0.1229", "kgce/kWh", basis: "calorific-equivalent")
        .With(FactorParameter.StandardCoalCoefficient, "heat", "0.03412", "kgce/MJ")
        .With(FactorParameter.EmissionFactor, "electricity", "0.5366", "tCO2/MWh", basis: "location-average")
        .With(FactorParameter.EmissionFactor, "heat", "0.11", "tCO2/GJ")
        .Resolver();

    [Fact]
    public void Standard_coal_sums_each_carrier_times_its_gbt_2589_coefficient()
    {
        var result = Calculate("""
            {"region": "CN", "fuels": [{"fuel": "diesel", "amount": "2 t"}, {"fuel": "diesel", "amount": "500 kg"}],
             "electricity": [{"amount": "1,000 MWh", "region": "CN"}], "heat": [{"amount": "100 GJ"}]}
            """, WithStandardCoal());

        // 2.5 t × 1.4571 kgce/kg = 3,642.75 kgce; 1,000,000 kWh × 0.1229 = 122,900 kgce; 100,000 MJ × 0.03412 = 3,412 kgce.
        Assert.Equal(129.95475m, Value(result, "energy.standard-coal"));
        var trace = result.Get("energy.standard-coal").Trace;
        Assert.Equal(4, trace.Inputs.Count);
        Assert.Equal(["1.4571", "0.1229", "0.03412"], trace.Factors.Select(f => f.Value));
        Assert.Empty(trace.Notes);

        // The diesel lines in t and in kg are two groups of one fuel: one total, one note, one calorific value in the trace.
        Assert.Equal(2.5m, Value(result, "fuel.diesel"));
        Assert.Equal(2.5m * 42.652m / 3.6m, Value(result, "energy.direct"), 24);
        var direct = result.Get("energy.direct").Trace;
        Assert.Single(direct.Notes, n => n.StartsWith("diesel: 29.6194444", StringComparison.Ordinal));
        Assert.Single(direct.Factors);
        Assert.Equal(2, direct.Inputs.Count);
    }

    [Fact]
    public void A_fuel_given_as_energy_counts_at_its_energy_in_standard_coal()
    {
        // 293.076 GJ is 10 tce exactly (1 tce = 29.3076 GJ); before, its energy was multiplied by the per-mass coefficient and the sum failed.
        var result = Calculate("""
            {"region": "CN", "fuels": [{"fuel": "lpg", "amount": "293.076 GJ"}, {"fuel": "diesel", "amount": "1 t"}]}
            """, WithStandardCoal());

        Assert.Equal(11.4571m, Value(result, "energy.standard-coal"));
        var trace = result.Get("energy.standard-coal").Trace;
        Assert.Equal(["1.4571"], trace.Factors.Select(f => f.Value));
        Assert.Contains("fuels given as energy count at their energy (1 tce = 29.3076 GJ)", trace.Notes);
        // 293.076 GJ = 81.41 MWh; 1 t diesel × 42.652 GJ/t = 11.847777… MWh.
        Assert.Equal(81.41m + (42.652m / 3.6m), Value(result, "energy.direct"), 20);
    }

    [Fact]
    public void Fuel_lines_sharing_a_factor_are_summed_before_the_repeating_conversion_so_it_rounds_once()
    {
        // 1 t × 42.652 GJ/t = 11.847777… MWh: rounded per line and added three times, the 28th digit drifts to …34.
        var result = Calculate("""
            {"region": "CN", "fuels": [{"fuel": "diesel", "amount": "1 t"}, {"fuel": "diesel", "amount": "1 t"}, {"fuel": "diesel", "amount": "1 t"}]}
            """);

        Assert.Equal(3m * 42.652m / 3.6m, Value(result, "energy.direct"));
        Assert.Equal("35.54333333333333333333333333", result.Get("energy.direct").ValueText);
        Assert.Equal(3, result.Get("energy.direct").Trace.Inputs.Count);
    }

    [Fact]
    public void Ipcc_scope_1_of_two_fuels_traces_each_gwp_once()
    {
        var ipcc = new TestFactorSet(ScopeOneMethod.Ipcc)
            .With(FactorParameter.NetCalorificValue, "diesel", "43.0", "TJ/Gg")
            .With(FactorParameter.Co2PerEnergy, "diesel", "74100", "kgCO2/TJ")
            .With(FactorParameter.Ch4PerEnergy, "diesel", "3", "kgCH4/TJ", basis: "manufacturing")
            .With(FactorParameter.NetCalorificValue, "gasoline", "44.3", "TJ/Gg")
            .With(FactorParameter.Co2PerEnergy, "gasoline", "69300", "kgCO2/TJ")
            .With(FactorParameter.Ch4PerEnergy, "gasoline", "3", "kgCH4/TJ", basis: "manufacturing")
            .WithGwp("CH4", "28")
            .Resolver();

        var result = Calculate("""
            {"region": "CN", "fuels": [{"fuel": "diesel", "amount": "10 t"}, {"fuel": "gasoline", "amount": "10 t"}, {"fuel": "diesel", "amount": "5 t"}]}
            """, ipcc);

        // Diesel 15 t × 43 TJ/Gg = 0.645 TJ: 47.7945 t CO2 + 0.645 × 3 kg × 28 = 0.05418 t; gasoline 0.443 TJ: 30.6999 t + 0.443 × 3 × 28 kg = 0.037212 t.
        Assert.Equal(47.7945m + 0.05418m + 30.6999m + 0.037212m, Value(result, "ghg.scope1"));
        var factors = result.Get("ghg.scope1").Trace.Factors.Select(f => f.Id).ToList();
        Assert.Equal(factors.Distinct().Count(), factors.Count);
        Assert.Single(factors, id => id.Contains("gwp-ch4", StringComparison.Ordinal));
    }
}

