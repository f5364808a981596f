using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// Catalogue relations join the figures of one period and site, however the figures' groups follow each other in the
/// request and whether a figure repeats the document's period or leaves it to the document.
/// </summary>
public sealed class FigureGroupJoinTests
{
    private static CheckReport Check(string json) => new Checker().Check(CheckRequestReader.Parse(json));

    [Fact]
    public void Sites_in_turn_are_each_checked_against_their_own_parts()
    {
        // dc-1: 4 + 6 = 10 (reproduced); dc-2: 5.0 + 6.0 = 11.0, printed 12.0 (discrepant); the figures alternate between sites.
        var report = Check("""
            {"period": "2020", "figures": [
              {"id": "t1", "metric": "energy.total", "value": "10", "unit": "MWh", "site": "dc-1"},
              {"id": "t2", "metric": "energy.total", "value": "12.0", "unit": "MWh", "site": "dc-2"},
              {"id": "d1", "metric": "energy.direct", "value": "4", "unit": "MWh", "site": "dc-1"},
              {"id": "d2", "metric": "energy.direct", "value": "5.0", "unit": "MWh", "site": "dc-2"},
              {"id": "i1", "metric": "energy.indirect", "value": "6", "unit": "MWh", "site": "dc-1"},
              {"id": "i2", "metric": "energy.indirect", "value": "6.0", "unit": "MWh", "site": "dc-2"}
            ]}
            """);

        var sum = "energy.total = energy.direct + energy.indirect";
        Assert.Equal(Verdict.Reproduced, report.Checks.Single(c => c.Figure == "t1" && c.Formula == sum).Verdict);
        var second = report.Checks.Single(c => c.Figure == "t2" && c.Formula == sum);
        Assert.Equal((Verdict.Discrepant, 11m), (second.Verdict, second.Recomputed!.Value));
    }

    [Fact]
    public void A_figure_that_repeats_the_documents_period_joins_the_figures_that_leave_it_to_the_document()
    {
        // The repeated "2020" is an equal string, not the document's own: 4 + 6 = 10 all the same.
        var report = Check("""
            {"period": "2020", "figures": [
              {"metric": "energy.total", "value": "10", "unit": "MWh"},
              {"metric": "energy.direct", "value": "4", "unit": "MWh", "period": "2020"},
              {"metric": "energy.indirect", "value": "6", "unit": "MWh"}
            ]}
            """);

        Assert.Equal(Verdict.Reproduced, report.Checks.Single(c => c.Formula == "energy.total = energy.direct + energy.indirect").Verdict);
    }
}
