using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

public class CheckerTests
{
    private static CheckReport Check(string json) => new Checker().Check(CheckRequestReader.Parse(json));

    [Fact]
    public void A_total_that_only_holds_when_trailing_zeros_are_read_as_rounding_is_consistent_and_says_so()
    {
        var report = Check("""
            {"period": "2023", "figures": [
              {"metric": "energy.total", "value": "11,653,000", "unit": "kWh"},
              {"metric": "energy.direct", "value": "1,234,567", "unit": "kWh"},
              {"metric": "energy.indirect", "value": "10,418,912", "unit": "kWh"}
            ]}
            """);

        var check = report.Single("energy.total");
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Contains("only if the trailing zeros are read as rounding", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("rounded to the thousand", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_that_is_the_sum_of_parts_rounded_first_is_discrepant_and_explained()
    {
        // Parts 1.4 + 1.4 = 2.8, but the report added the rounded parts 1 + 1 and printed 2.
        var report = Check("""
            {"figures": [
              {"metric": "waste.total", "value": "2", "unit": "t"},
              {"metric": "waste.hazardous", "value": "1.4", "unit": "t"},
              {"metric": "waste.non-hazardous", "value": "1.4", "unit": "t"}
            ]}
            """);

        var check = report.Single("waste.total");
        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.True(check.Material);
        Assert.Contains("sum of its parts each rounded to 0 decimals first (1 + 1 = 2)", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("not the rounded sum of the parts (3)", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_convert_by_dimension_so_gigajoules_and_megawatt_hours_add()
    {
        var report = Check("""
            {"figures": [
              {"metric": "energy.indirect", "value": "2", "unit": "MWh"},
              {"metric": "energy.electricity", "value": "1", "unit": "MWh"},
              {"metric": "energy.heat", "value": "3.6", "unit": "GJ"}
            ]}
            """);

        Assert.Equal(Verdict.Reproduced, report.Single("energy.indirect").Verdict);
    }

    [Fact]
    public void A_figure_printed_in_percent_equals_the_ratio_and_the_relative_change_of_its_parts()
    {
        var report = Check("""
            {"figures": [
              {"id": "re_mwh", "value": "300", "unit": "MWh"},
              {"id": "elec_mwh", "value": "1,000", "unit": "MWh"},
              {"id": "re_pct", "value": "30", "unit": "%"},
              {"id": "s1_2023", "value": "110", "unit": "t"},
              {"id": "s1_2022", "value": "100", "unit": "t"},
              {"id": "s1_yoy_pct", "value": "10.0", "unit": "%"}
            ],
            "relations": [
              {"id": "re_share", "metric": "re_pct", "formula": "re_mwh / elec_mwh"},
              {"id": "s1_yoy", "metric": "s1_yoy_pct", "formula": "yoy(s1_2023, s1_2022)"}
            ]}
            """);

        Assert.Equal(Verdict.Reproduced, report.Single("re_pct").Verdict);
        Assert.Equal(30m, report.Single("re_pct").Recomputed!.Value);
        var yoy = report.Single("s1_yoy_pct");
        Assert.Equal(Verdict.Reproduced, yoy.Verdict);
        Assert.Equal(10m, yoy.Recomputed!.Value);
    }

    [Fact]
    public void An_implied_value_is_found_by_root_finding_when_the_unknown_occurs_twice()
    {
        // yoy(a, b) = (a − b) / b has b twice; printed 13.0 % against 112 / 101 implies b = 112 / 1.13.
        var report = Check("""
            {"figures": [
              {"id": "s1_2023", "value": "112", "unit": "t"},
              {"id": "s1_2022", "value": "101", "unit": "t"},
              {"id": "s1_yoy_pct", "value": "13.0", "unit": "%"}
            ],
            "relations": [{"id": "s1_yoy", "metric": "s1_yoy_pct", "formula": "yoy(s1_2023, s1_2022)"}]}
            """);

        var check = report.Single("s1_yoy_pct");
        Assert.Equal(Verdict.Discrepant, check.Verdict);
        var previous = Assert.Single(check.Implied, i => i.Name == "s1_2022");
        Assert.Equal(99.1150442m, Math.Round(previous.Value, 7));
        Assert.Null(previous.Low);
        Assert.Equal(114.13m, Assert.Single(check.Implied, i => i.Name == "s1_2023").Value);
    }

    [Fact]
    public void A_custom_relation_naming_a_missing_figure_is_unverifiable()
    {
        var report = Check("""
            {"figures": [{"id": "total", "value": "10", "unit": "t"}, {"id": "s1", "value": "4", "unit": "t"}],
             "relations": [{"id": "sum", "metric": "total", "formula": "s1 + s2"}]}
            """);

        var check = report.Single("total");
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("s2", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalogue_relation_with_some_figures_missing_is_unverifiable_when_nothing_else_checks_the_figure()
    {
        var report = Check("""
            {"figures": [{"metric": "energy.total", "value": "10", "unit": "MWh"}, {"metric": "energy.direct", "value": "4", "unit": "MWh"}]}
            """);

        var check = report.Single("energy.total");
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("energy.indirect", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_relation_whose_units_disagree_is_that_one_check_unverifiable_with_the_reason()
    {
        var request = CheckRequestReader.Parse("""
            {"figures": [{"id": "total", "value": "10", "unit": "t"}, {"id": "e", "value": "4", "unit": "MWh"}],
             "relations": [{"id": "r", "metric": "total", "formula": "e"}]}
            """);

        var check = Assert.Single(new Checker().Check(request).Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Equal("The units do not agree: the formula gives Energy, the figure total is Mass.", check.Explanation);
    }

    [Fact]
    public void Figures_of_different_periods_or_sites_are_not_related()
    {
        var report = Check("""
            {"period": "2020", "figures": [
              {"metric": "energy.total", "value": "10", "unit": "MWh"},
              {"metric": "energy.direct", "value": "4", "unit": "MWh", "period": "2019"},
              {"metric": "energy.indirect", "value": "6", "unit": "MWh", "site": "dc-1"}
            ]}
            """);

        Assert.Empty(report.Checks);
    }

    [Fact]
    public void A_discrepancy_at_or_above_the_materiality_threshold_is_material()
    {
        var json = """
            {"figures": [
              {"metric": "energy.total", "value": "106", "unit": "MWh"},
              {"metric": "energy.direct", "value": "41", "unit": "MWh"},
              {"metric": "energy.indirect", "value": "59", "unit": "MWh"}
            ], "options": {"materiality": "MAT"}}
            """;

        Assert.True(Check(json.Replace("MAT", "5%", StringComparison.Ordinal)).Single("energy.total").Material);
        Assert.False(Check(json.Replace("MAT", "10%", StringComparison.Ordinal)).Single("energy.total").Material);
    }

    [Fact]
    public void A_divisor_whose_range_includes_zero_makes_the_relation_unverifiable()
    {
        var report = Check("""
            {"figures": [{"id": "ratio", "value": "2"}, {"id": "a", "value": "1"}, {"id": "b", "value": "0.0"}],
             "relations": [{"id": "r", "metric": "ratio", "formula": "a / b"}]}
            """);

        Assert.Equal(Verdict.Unverifiable, report.Single("ratio").Verdict);
    }

    [Fact]
    public void A_calculator_result_is_reproduced_when_it_rounds_to_the_printed_value()
    {
        var request = CheckRequestReader.Parse("""{"period": "2020", "figures": [{"metric": "energy.direct", "value": "13,543.85", "unit": "MWh"}]}""");

        var report = new Checker(recompute: m => m == "energy.direct" ? Quantity.From(13_543.8512m, "MWh") : null).Check(request);

        Assert.Equal(Verdict.Reproduced, report.Single("energy.direct").Verdict);
    }

    [Fact]
    public void A_headcount_printed_as_a_bare_number_counts_persons()
    {
        var report = Check("""
            {"figures": [
              {"metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
              {"metric": "ghg.total.per-employee", "value": "32.30", "unit": "噸 / 人"},
              {"metric": "org.headcount", "value": "21,499"}
            ]}
            """);

        Assert.Equal(Verdict.Reproduced, report.Single("ghg.total.per-employee").Verdict);
        Assert.Contains(report.Notes, n => n.Contains("read as persons", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bound_target_is_consistent_when_the_recomputed_range_meets_it_and_discrepant_when_it_cannot()
    {
        var json = """
            {"figures": [
              {"metric": "dc.pue", "value": "1.2", "qualifier": "at-most"},
              {"metric": "dc.energy.facility", "value": "FAC", "unit": "MWh"},
              {"metric": "dc.energy.it", "value": "97", "unit": "MWh"}
            ]}
            """;

        // 107/97 = 1.103 satisfies "at most 1.2" but does not print as 1.2: consistent. 112/97 = 1.155 prints as 1.2: reproduced
        // (CONTRACT's rounding rule). 128/97 = 1.320 cannot be at most 1.2 for any values within the rounding: discrepant.
        Assert.Equal(Verdict.Consistent, Check(json.Replace("FAC", "107", StringComparison.Ordinal)).Single("dc.pue").Verdict);
        Assert.Equal(Verdict.Reproduced, Check(json.Replace("FAC", "112", StringComparison.Ordinal)).Single("dc.pue").Verdict);
        var over = Check(json.Replace("FAC", "128", StringComparison.Ordinal)).Single("dc.pue");
        Assert.Equal(Verdict.Discrepant, over.Verdict);
        Assert.True(over.Material);
    }

    [Fact]
    public void Explanations_are_rendered_when_read()
    {
        var check = Fixtures.Check("kuaishou-2020").Single("energy_total", "energy.total =");

        Assert.Contains("would print as 734,661.08, not 734,661.07", check.Explanation, StringComparison.Ordinal);
        Assert.Same(check.Explanation, check.Explanation);
    }
}
