using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>The one-expression report builder and its assertions (Kuaishou 2020 ESG report, lines 244 and 1253–1264).</summary>
public class ReportBuilderTests
{
    private static readonly CheckReport Indirect = Report.For("2020")
        .Figure("energy.electricity", "715,200.83 兆瓦時")
        .Figure("energy.heat", "20,256.68 吉焦")
        .Figure("energy.indirect", "721,117.23 兆瓦時")
        .Check();

    [Fact]
    public void A_report_built_from_printed_strings_checks_like_the_json_request()
    {
        var report = Report.For("2020")
            .Figure("org.headcount", "21,499 人")
            .Figure("ghg.total", "69.44 萬噸")
            .Figure("ghg.total.per-employee", "32.30 噸/人")
            .Check();

        var check = Assert.Single(report.Reproduces("ghg.total.per-employee"));
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal(32.30m, check.Reported.Value);
    }

    [Fact]
    public void Discrepant_finds_the_gap_to_the_precision_it_is_written_with()
    {
        // 715,200.83 + 20,256.68 / 3.6 = 720,827.6856 MWh; printed 721,117.23: 289.5444 MWh apart.
        var check = Indirect.Discrepant("energy.indirect", "289.54 MWh");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Same(check, Indirect.Discrepant("energy.indirect", "1042.36 GJ"));
        Assert.Throws<CheckAssertionException>(() => Indirect.Discrepant("energy.indirect", "289.6 MWh"));
    }

    [Fact]
    public void A_failed_assertion_carries_the_verdict_and_its_explanation()
    {
        var error = Assert.Throws<CheckAssertionException>(() => Indirect.Reproduces("energy.indirect"));

        Assert.StartsWith("energy.indirect: expected reproduced; ", error.Message, StringComparison.Ordinal);
        Assert.Contains("discrepant — ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assertion_on_a_figure_no_relation_checked_names_the_figures_that_were()
    {
        var error = Assert.Throws<CheckAssertionException>(() => Indirect.Consistent("ghg.total"));

        Assert.Equal("ghg.total: no relation checked it; checked: energy.indirect", error.Message);
    }

    [Fact]
    public void A_custom_relation_over_named_figures_is_checked()
    {
        var report = Report.For("2020")
            .Named("re_mwh", "94.8 MWh")
            .Named("elec_mwh", "100 MWh")
            .Named("re_share", "94.8 %")
            .Relation("share", "re_share", "re_mwh / elec_mwh")
            .Check();

        report.Reproduces("re_share");
    }
}
