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
    public void An_input_without_printed_totals_is_refused_at_totals()
    {
        var ex = Assert.Throws<InputException>(() => Attribute("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}]}"""));
        Assert.Equal(("$.totals", InputError.Missing), (ex.Path, ex.Error));
    }
}
