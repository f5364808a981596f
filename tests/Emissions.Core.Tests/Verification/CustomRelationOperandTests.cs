using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>How an auditor's relation reads the figures it names: by id, or by metric within the target's period and site.</summary>
public class CustomRelationOperandTests
{
    private static CheckReport Check(string json) => new Checker().Check(CheckRequestReader.Parse(json));

    [Fact]
    public void A_bare_headcount_is_a_plain_number_in_an_auditors_relation_so_a_total_over_it_is_in_the_totals_unit()
    {
        // 694,400 t / 21,499 = 32.2991…, printed as 32.30 t. Read as persons (as catalogue relations read it) the quotient
        // would be t/person, and the relation's units would not agree with the figure's tonnes.
        var report = Check("""
            {"figures": [
              {"id": "total", "metric": "ghg.total", "value": "69.44", "unit": "萬噸"},
              {"id": "hc", "metric": "org.headcount", "value": "21,499"},
              {"id": "pe", "value": "32.30", "unit": "噸"}
            ],
             "relations": [{"id": "per_head", "metric": "pe", "formula": "total / hc"}]}
            """);

        var check = Assert.Single(report.Checks, c => c.Relation == "per_head");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal(32.2992m, Math.Round(check.Recomputed!.Value!.Value, 4));
    }

    [Fact]
    public void A_metric_named_in_an_auditors_relation_is_the_one_figure_of_it_for_the_targets_site()
    {
        // Site a: 10 + 4 = 14 against a printed 14; site b's direct (7) would give 17.
        var report = Check("""
            {"figures": [
              {"id": "a_total", "metric": "energy.total", "value": "14", "unit": "MWh", "site": "a"},
              {"id": "a_direct", "metric": "energy.direct", "value": "10", "unit": "MWh", "site": "a"},
              {"id": "b_direct", "metric": "energy.direct", "value": "7", "unit": "MWh", "site": "b"},
              {"id": "other", "value": "4", "unit": "MWh"}
            ],
             "relations": [{"id": "by_metric", "metric": "a_total", "formula": "energy.direct + other"}]}
            """);

        var check = Assert.Single(report.Checks, c => c.Relation == "by_metric");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal(14m, check.Recomputed!.Value);
    }
}
