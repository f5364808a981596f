using Emissions.Calculation;
using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Factors.Tests.Reproductions;

/// <summary>
/// Kuaishou Technology 2020 ESG report (seed 004_aa846d0bd509f8b8.txt): the environmental KPI tables at
/// lines 1167–1284 and the year-end headcount 21,499 at line 244, recalculated from the raw inputs in
/// tests/fixtures/kuaishou-2020. The report's intensities were computed from its printed subtotals, so the
/// fixture gives those as totals; the differences from the components are documented below
/// (reference: seed-checks.md §1 and §2).
/// </summary>
public class Kuaishou2020CalculationTests
{
    private static readonly Lazy<CalculationResult> WithPrintedTotals = new(() => Calculate("kuaishou-2020/inputs-with-printed-totals.json"));
    private static readonly Lazy<CalculationResult> FromComponents = new(() => Calculate("kuaishou-2020/inputs.json"));

    private static CalculationResult Calculate(string fixture)
    {
        using var document = Fixtures.Load(fixture);
        return CalculationRequest.Run(document.RootElement, RepositoryFactors.Library, "cn-2020");
    }

    private static string Printed(CalculationResult result, string id, int decimals) =>
        DecimalText.Fixed(result.Get(id).Value, decimals);

    [Theory]
    [InlineData("energy.direct.per-employee", 2, "0.63")]       // line 1251
    [InlineData("energy.indirect.per-employee", 2, "33.54")]    // line 1268
    [InlineData("energy.total.per-employee", 2, "34.17")]       // line 1276
    [InlineData("water.withdrawal.per-employee", 2, "95.48")]   // line 1284 (噸/人, water at 1 t = 1 m³)
    [InlineData("water.discharge.per-employee", 2, "26.15")]    // line 1187
    [InlineData("waste.hazardous.per-employee", 2, "0.05")]     // line 1197 (kg/person)
    [InlineData("ghg.total.per-employee", 2, "32.30")]          // line 1177
    public void Per_employee_figures_come_out_as_printed_at_the_printed_precision(string metric, int decimals, string printed) =>
        Assert.Equal(printed, Printed(WithPrintedTotals.Value, metric, decimals));

    [Fact]
    public void Non_hazardous_waste_per_employee_from_the_printed_total_is_618_63_not_the_printed_619_11()
    {
        // seed-checks.md §1.4: 13,300,000 kg / 21,499 = 618.633425; the report's 619.11 implies a total of ≈13,310 t.
        Assert.Equal("618.63", Printed(WithPrintedTotals.Value, "waste.non-hazardous.per-employee", 2));
        Assert.Equal("kg/person", WithPrintedTotals.Value.Get("waste.non-hazardous.per-employee").Unit.Symbol);
    }

    [Fact]
    public void From_components_indirect_and_total_energy_per_employee_would_print_33_53_and_34_16()
    {
        // seed-checks.md §2.2: electricity + heat / 3.6 = 720,827.6856 MWh, 289.54 MWh below the printed 721,117.23.
        var result = FromComponents.Value;
        Assert.Equal(715_200.83m + (20_256.68m / 3.6m), result.Get("energy.indirect").Value, 20);
        Assert.Equal("33.53", Printed(result, "energy.indirect.per-employee", 2));
        Assert.Equal("34.16", Printed(result, "energy.total.per-employee", 2));
    }

    [Fact]
    public void The_differences_from_the_printed_subtotals_are_warnings_with_their_size()
    {
        var warnings = WithPrintedTotals.Value.Warnings;

        // §2.2: +289.54 MWh on indirect energy; §2.3 case A: +14.908 MWh on direct energy with GB/T 2589 values; §2.1: −0.01 MWh on the total.
        Assert.Contains(warnings, w => w.Message.StartsWith("energy.indirect: the given total 721117.23 兆瓦時 differs from the sum of its components (720827.6855555555555555555556 MWh) by 289.5444444", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.StartsWith("energy.direct: the given total 13543.85 兆瓦時 differs from the sum of its components (13528.94179816666666666666667 MWh) by 14.9082018", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.StartsWith("energy.total: the given total 734661.07 兆瓦時 differs from the sum of its components (734661.08 MWh) by -0.01 MWh", StringComparison.Ordinal));
        Assert.All(warnings.Where(w => w.Message.Contains("the given total", StringComparison.Ordinal)), w =>
        {
            Assert.Equal(WarningCodes.GivenTotalDiffers, w.Code);
            Assert.Equal(WarningSeverity.Important, w.Severity);
        });
    }

    [Fact]
    public void Accounted_in_north_china_the_national_fuel_defaults_are_one_note_with_their_count()
    {
        // Kuaishou's inputs accounted in CN-North: cn-2020 has regional factors only for electricity, so every fuel
        // and heat factor falls back to the national one — expected behaviour, one grouped note, listed last.
        using var document = Fixtures.Load("kuaishou-2020/inputs.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(document.RootElement.GetRawText())!.AsObject();
        json["region"] = "CN-North";
        var result = CalculationRequest.Run(System.Text.Json.JsonDocument.Parse(json.ToJsonString()).RootElement, RepositoryFactors.Library, "cn-2020");

        var fallbacks = result.Warnings.Where(w => w.Code == WarningCodes.RegionFallback).ToList();
        Assert.Equal(12, fallbacks.Count);
        Assert.All(fallbacks, w => Assert.Equal(WarningSeverity.Note, w.Severity));
        var groups = WarningGroup.Of(result.Warnings);
        var group = Assert.Single(groups, g => g.Code == WarningCodes.RegionFallback);
        Assert.Equal("region fallback: set cn-2020 has no regional factors for CN-North; national ones are used (12×)", group.Message);
        Assert.Equal(fallbacks.Select(w => w.Message), group.Details);
        Assert.Equal(5, groups.Count);
        Assert.All(groups.TakeWhile(g => g.Severity != WarningSeverity.Note), g => Assert.Equal(WarningSeverity.Warning, g.Severity));
    }

    [Fact]
    public void The_warnings_list_the_printed_total_differences_first_and_group_the_secondary_factor_notes()
    {
        var groups = WarningGroup.Of(WithPrintedTotals.Value.Warnings);

        // The given-total differences (energy.indirect, energy.direct, energy.total, ghg.total …) lead; notes come last.
        Assert.Equal(WarningSeverity.Important, groups[0].Severity);
        Assert.Equal(WarningCodes.GivenTotalDiffers, groups[0].Code);
        Assert.Equal(groups.OrderBy(g => g.Severity).Select(g => g.Code), groups.Select(g => g.Code));
        Assert.Equal(WarningSeverity.Note, groups[^1].Severity);

        // Every warning of a code that groups is listed once with its count, and the count adds up.
        var secondary = Assert.Single(groups, g => g.Code == WarningCodes.FactorSecondary);
        Assert.Equal(WithPrintedTotals.Value.Warnings.Count(w => w.Code == WarningCodes.FactorSecondary), secondary.Count);
        Assert.True(secondary.Count > 1);
        Assert.StartsWith("factors from one secondary source or a third-party copy (", secondary.Message, StringComparison.Ordinal);
        Assert.Equal(WithPrintedTotals.Value.Warnings.Count, groups.Sum(g => g.Count));
    }

    [Fact]
    public void Direct_energy_from_the_fuels_with_gbt_2589_calorific_values_is_13528_94_mwh()
    {
        // seed-checks.md §2.3 case A: NG 273,431.40 m³ × 38,931 kJ/m³ + diesel 892.32 t × 42,652 kJ/kg = 13,528.942 MWh.
        var expected = ((273_431.40m * 38_931m) + (892_320m * 42_652m)) / 3_600_000m;
        Assert.Equal(expected, FromComponents.Value.Get("energy.direct").Value, 20);
    }

    [Fact]
    public void Scope_1_by_the_chinese_method_is_3353_8_t_and_scope_2_adds_heat_at_0_11_t_per_gj()
    {
        // seed-checks.md §3: NG 591.2 t + diesel 2,762.5 t = 3,353.8 t; heat 20,256.68 GJ × 0.11 = 2,228.2 t.
        var result = FromComponents.Value;
        Assert.Equal("3353.8", DecimalText.Fixed(result.Get("ghg.scope1").Value, 1));

        // cn-2020 resolves the MEE/NBS 2021 national factor 0.5568 (no 2020 data year is shipped; a warning says so).
        var scope2 = result.Get("ghg.scope2");
        Assert.Equal((715_200.83m * 0.5568m) + (20_256.68m * 0.11m), scope2.Value);
        Assert.Equal(["0.5568", "0.11"], scope2.Trace.Factors.Select(f => f.Value));
    }

    [Fact]
    public void The_printed_ghg_total_needs_a_grid_factor_of_about_0_963_far_above_any_shipped_average()
    {
        // seed-checks.md §3: (694,400 − 3,353.8 − 2,228.2) t / 715,200.83 MWh = 0.96311 t/MWh. With the MEE 2021 national
        // factor the components give about 40 万t, so the given total differs and the warning says by how much.
        var result = WithPrintedTotals.Value;
        var implied = (694_400m - result.Get("ghg.scope1").Value - (20_256.68m * 0.11m)) / 715_200.83m;
        Assert.Equal("0.96311", DecimalText.Fixed(implied, 5));
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("ghg.total: the given total 69.44 萬噸 differs from the sum of its components", StringComparison.Ordinal));
    }

    [Fact]
    public void The_response_pins_the_factor_set_and_its_content_hash()
    {
        var result = WithPrintedTotals.Value;
        Assert.Equal("cn-2020", result.FactorSetId);
        Assert.Equal(RepositoryFactors.Library.GetSet("cn-2020").ContentHash, result.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", result.ContentHash);
    }
}
