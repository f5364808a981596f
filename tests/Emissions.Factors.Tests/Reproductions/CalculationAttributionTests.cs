using System.Text.Json;
using Emissions.Attribution;
using Emissions.Inventory;

namespace Emissions.Factors.Tests.Reproductions;

/// <summary>
/// Printed totals of a calculation attributed to the shipped sets and grid factors (`emissions attribute`): a scope-2
/// figure computed with the MEE/NBS 2022 North China factor (0.6776 tCO2/MWh), and the Kuaishou 2020 GHG total
/// (69.44 万吨, seed 004_aa846d0bd509f8b8.txt line 1173), which no shipped combination reproduces.
/// </summary>
public class CalculationAttributionTests
{
    private static CalculationAttributionReport Attribute(string json) =>
        CalculationAttributor.Attribute(InventoryReader.Read(JsonDocument.Parse(json).RootElement), RepositoryFactors.Library.Sets, RepositoryFactors.Library.Factors);

    [Fact]
    public void A_scope_2_total_computed_with_the_2022_north_china_factor_is_attributed_to_exactly_that_factor()
    {
        // 1,000 MWh × 0.6776 tCO2/MWh = 677.6 t.
        var report = Attribute("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""");

        var total = Assert.Single(report.Totals);
        Assert.Contains(total.Reproducing, c => c is { FactorSet: "cn-2022", GridFactor: null });
        Assert.All(total.Reproducing, c => Assert.True(c.GridFactor is null || c.GridFactor.Id == "cn-mee/electricity/2022:north", c.Label));
        Assert.DoesNotContain(total.Reproducing, c => c.FactorSet == "cn-2023" && c.GridFactor is null); // 2023's North China factor differs
        Assert.All(total.Reproducing, c => Assert.Equal("677.6", c.Value));
        Assert.StartsWith("every factor set that can calculate the inventory", report.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_set_that_cannot_calculate_the_inventory_is_excluded_with_its_refusal_up_to_what_it_expected()
    {
        var report = Attribute("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""");

        var uk = Assert.Single(report.Excluded, e => e.FactorSet == "uk-desnz-2024");
        Assert.Equal(
            "$.electricity[0].region: 'CN-North': no emission-factor for carrier electricity, region CN-North, year 2024, basis location-average in set uk-desnz-2024",
            uk.Reason);
    }

    [Fact]
    public void Others_are_listed_closest_first_with_their_gap()
    {
        var report = Attribute("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""");

        var others = Assert.Single(report.Totals).Others;
        Assert.NotEmpty(others);
        var gaps = others.Select(o => Math.Abs(decimal.Parse(o.Gap, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(gaps.Order(), gaps);
        Assert.All(others, o => Assert.False(o.Reproduces));
    }

    [Fact]
    public void Kuaishou_2020_ghg_total_is_reproduced_by_no_shipped_combination()
    {
        using var inputs = Fixtures.Load("kuaishou-2020/inputs-with-printed-totals.json");
        var report = CalculationAttributor.Attribute(InventoryReader.Read(inputs.RootElement), RepositoryFactors.Library.Sets, RepositoryFactors.Library.Factors);

        var total = Assert.Single(report.Totals, t => t.Metric == "ghg.total");
        Assert.Empty(total.Reproducing);
        Assert.StartsWith("ghg.total 69.44 萬噸: no shipped combination reproduces it; closest ", total.Conclusion, StringComparison.Ordinal);
    }

    [Fact]
    public void A_diesel_total_computed_with_the_ipcc_calorific_value_in_the_chinese_method_is_attributed_to_that_calorific_value()
    {
        // 100 t × 43.0 GJ/t (IPCC 2006 Table 1.2) × 20.20 tC/TJ × 98 % × 44/12 = 312.1169 t, printed 312.12; the Chinese
        // guideline's own 42.652 GJ/t gives 309.5910 t (−0.81 %).
        var report = Attribute("""{"period": "2022", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "100 t"}], "totals": {"ghg.scope1": "312.12 tCO2e"}}""");

        var total = Assert.Single(report.Totals);
        Assert.NotEmpty(total.Reproducing);
        Assert.All(total.Reproducing, c =>
        {
            Assert.Equal("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv", c.Factor!.Id);
            Assert.Equal("cn-guideline/fuels/2024:diesel.ncv", c.Replaces);
            Assert.Null(c.GridFactor);
            Assert.StartsWith("312.1169333", c.Value, StringComparison.Ordinal);
        });
        Assert.Contains(total.Reproducing, c => c.Label == "cn-2022 with ipcc/stationary-combustion/2006:gas-diesel-oil.ncv (43.0 TJ/Gg)");
        var shipped = Assert.Single(total.Others, c => c.FactorSet == "cn-2022" && c.Factor is null);
        Assert.Equal("-0.810277", shipped.RelativeGap); // (309.5909637 − 312.12) / 312.12
        Assert.Contains("net-calorific-value[diesel]", report.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refrigerant_total_computed_with_ar6_gwps_is_attributed_to_the_ar6_edition_in_every_set()
    {
        // 1 t HFC-134a × 1,530 (AR6) = 1,530 t; the sets' own AR5 value gives 1,300, AR4 1,430.
        var report = Attribute("""{"period": "2022", "region": "CN", "refrigerants": [{"gas": "HFC-134a", "released": "1 t"}], "totals": {"ghg.scope1": "1530 tCO2e"}}""");

        var total = Assert.Single(report.Totals);
        Assert.Equal(RepositoryFactors.Library.Sets.Count, total.Reproducing.Count);
        Assert.All(total.Reproducing, c => Assert.Equal(("ipcc/gwp/ar6", "AR6", "1530"), (c.Factor!.Id, c.Factor.Value, c.Value)));
        Assert.All(total.Reproducing, c => Assert.StartsWith("AR5 GWPs (", c.Replaces, StringComparison.Ordinal));
        Assert.Contains(total.Others, c => c.Factor?.Value == "AR4" && c.Value == "1430" && c.RelativeGap == "-6.535948"); // 100 / 1,530
    }

    [Fact]
    public void An_input_without_printed_totals_is_refused_at_totals()
    {
        var ex = Assert.Throws<InputException>(() => Attribute("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}]}"""));
        Assert.Equal(("$.totals", InputError.Missing), (ex.Path, ex.Error));
    }
}
