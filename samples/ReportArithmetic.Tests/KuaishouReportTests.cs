using Emissions.Factors.Loading;
using Emissions.Verification;

namespace ReportArithmetic.Tests;

/// <summary>
/// Report arithmetic as a package user writes it: figures exactly as Kuaishou Technology's 2020 ESG report prints
/// them (环境 KPI tables, lines 1167–1288 of the report's text; headcount line 244).
/// </summary>
public class KuaishouReportTests
{
    [Fact]
    public void Per_employee_figures_reproduce_from_the_printed_totals_and_headcount()
    {
        var report = Report.For("2020")
            .Figure("org.headcount", "21,499 人")
            .Figure("ghg.total", "69.44 萬噸")
            .Figure("ghg.total.per-employee", "32.30 噸/人")
            .Figure("water.withdrawal", "205.27 萬噸")
            .Figure("water.withdrawal.per-employee", "95.48 噸/人")
            .Check();

        report.Reproduces("ghg.total.per-employee");
        report.Reproduces("water.withdrawal.per-employee");
    }

    [Fact]
    public void Indirect_energy_is_289_54_mwh_more_than_electricity_and_heat_add_up_to()
    {
        // 715,200.83 MWh + 20,256.68 GJ ÷ 3.6 GJ/MWh = 720,827.69 MWh against the printed 721,117.23 MWh.
        var report = Report.For("2020")
            .Figure("energy.electricity", "715,200.83 兆瓦時")
            .Figure("energy.heat", "20,256.68 吉焦")
            .Figure("energy.indirect", "721,117.23 兆瓦時")
            .Check();

        var check = report.Discrepant("energy.indirect", "289.54 MWh");
        Assert.False(check.Material);
    }

    [Fact]
    public void A_pue_printed_to_two_decimals_is_reproduced_from_facility_and_it_energy()
    {
        // 120,000 / 95,000 = 1.2631…, printed 1.26.
        var report = Report.For("2023")
            .Figure("dc.energy.facility", "120,000 MWh")
            .Figure("dc.energy.it", "95,000 MWh")
            .Figure("dc.pue", "1.26")
            .Check();

        report.Reproduces("dc.pue");
    }

    [Fact]
    public void The_shipped_factor_sets_load_with_no_path()
    {
        var library = FactorLibrary.LoadShipped();

        Assert.Contains(library.Sets, s => s.Id == "cn-2023");
        Assert.Equal(0.5306m, library.FindFactor("cn-mee/electricity/2023:national")!.Value.Value);
    }
}
