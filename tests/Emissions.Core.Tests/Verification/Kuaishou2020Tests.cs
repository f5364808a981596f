using Emissions.Contract.Checks;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// Kuaishou Technology 2020 ESG report (tests/fixtures/kuaishou-2020, seed file 004): the expected
/// verdicts are those of the project's seed-checks §1, §2 and §5.6.
/// </summary>
public class Kuaishou2020Tests
{
    private static readonly CheckReport Report = Fixtures.Check("kuaishou-2020");

    [Theory]
    [InlineData("ghg_total_per_employee", "32.30")]
    [InlineData("water_discharge_per_employee", "26.15")]
    [InlineData("waste_hazardous_per_employee", "0.05")]
    [InlineData("energy_direct_per_employee", "0.63")]
    [InlineData("energy_indirect_per_employee", "33.54")]
    [InlineData("energy_total_per_employee", "34.17")]
    [InlineData("water_withdrawal_per_employee", "95.48")]
    public void Seven_per_employee_figures_are_reproduced_from_the_totals_and_headcount_21499(string figure, string printed)
    {
        var check = Report.Single(figure, "per-employee");
        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal(decimal.Parse(printed, System.Globalization.CultureInfo.InvariantCulture), Display.RoundTo(check.Recomputed!.Value!.Value, 2));
        Assert.Contains(check.Implied, i => i.Name == "headcount");
    }

    [Fact]
    public void All_eight_per_employee_figures_are_checked_and_only_non_hazardous_waste_is_not_reproduced()
    {
        var perEmployee = Report.Checks.Where(c => c.Relation.Contains(".per-employee =", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, perEmployee.Count);
        Assert.Equal(7, perEmployee.Count(c => c.Verdict == Verdict.Reproduced));
        var odd = Assert.Single(perEmployee, c => c.Verdict != Verdict.Reproduced);
        Assert.Equal("waste_non_hazardous_per_employee", odd.Figure);
        Assert.Equal("waste.non-hazardous.per-employee", odd.Metric);
    }

    [Fact]
    public void Ghg_per_employee_recomputes_to_32_299177_within_the_seed_interval_and_implies_headcount_21494_to_21503()
    {
        var check = Report.Single("ghg_total_per_employee");
        Assert.Equal(32.299177m, Math.Round(check.Recomputed!.Value!.Value, 6));

        // Headcount is an exact count, so the range comes from 69.44 萬噸 alone: [32.296851, 32.301502).
        Assert.Equal(32.296851m, Math.Round(check.Recomputed.Low!.Value, 6));
        Assert.Equal(32.301502m, Math.Round(check.Recomputed.High!.Value, 6));
        var headcount = Assert.Single(check.Implied, i => i.Name == "headcount");
        Assert.Equal(21_493.58m, Math.Round(headcount.Low!.Value, 2));
        Assert.Equal(21_503.33m, Math.Round(headcount.High!.Value, 2));
    }

    [Fact]
    public void Non_hazardous_waste_per_employee_is_consistent_only_within_rounding_with_an_implied_total_of_about_13310_tonnes()
    {
        var check = Report.Single("waste_non_hazardous_per_employee");
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.False(check.Material);
        Assert.Equal(618.633425m, Math.Round(check.Recomputed!.Value!.Value, 6));
        Assert.Equal(0.476575m, Math.Round(check.Deviation!.Absolute, 6));
        Assert.Equal(0.000770m, Math.Round(check.Deviation.Relative!.Value, 6));

        var total = Assert.Single(check.Implied, i => i.Name == "waste_non_hazardous");
        var tonnes = Measurement.Parse(total.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), total.Unit).ConvertTo("t").Value;
        Assert.Equal(13_310m, Math.Round(tonnes, 0));
        Assert.Contains("would print as 618.63, not 619.11", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Total_energy_equals_direct_plus_indirect_within_rounding()
    {
        var check = Report.Single("energy_total", "energy.total =");
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(734_661.08m, check.Recomputed!.Value);
        Assert.Equal(-0.01m, check.Deviation!.Absolute);
        Assert.False(check.Material);
    }

    [Fact]
    public void Indirect_energy_is_289_54_MWh_above_electricity_plus_heat_an_immaterial_discrepancy_implying_3_4238_GJ_per_MWh()
    {
        var check = Report.Single("energy_indirect", "energy.indirect =");
        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal(720_827.6856m, Math.Round(check.Recomputed!.Value!.Value, 4));
        Assert.Equal(289.54m, Math.Round(check.Deviation!.Absolute, 2));
        Assert.Equal("兆瓦時", check.Deviation.Unit);
        Assert.Equal(0.040m, Math.Round(check.Deviation.Relative!.Value * 100m, 3));
        Assert.False(check.Material);

        var conversion = Assert.Single(check.Implied, i => i.Name == "energy_heat conversion");
        Assert.Equal("GJ/MWh", conversion.Unit);
        Assert.Equal(3.4238m, Math.Round(conversion.Value, 4));
        Assert.Equal(3.423812m, Math.Round(conversion.Low!.Value, 6));
        Assert.Equal(3.423825m, Math.Round(conversion.High!.Value, 6));

        // At 3.6 GJ/MWh the heat line would have to be 21,299.04 GJ (seed-checks §2.2).
        Assert.Equal(21_299.04m, Math.Round(Assert.Single(check.Implied, i => i.Name == "energy_heat").Value, 2));
    }

    [Fact]
    public void Ulanqab_about_25_percent_saving_against_uptime_1_58_is_consistent_and_says_24_05_percent_would_print_as_24()
    {
        var check = Report.Single("ulanqab_saving_pct");
        Assert.Equal("ulanqab_vs_uptime", check.Relation);
        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(24.05m, Math.Round(check.Recomputed!.Value!.Value, 2));
        Assert.Equal(new ExactReading(24m, Verdict.Consistent), check.IfExact);
        Assert.Contains("read as exact it would print as 24 %, not 25 %", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("ulanqab_pue 'at-most 1.2' as 1.2", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ulanqab_claim_implies_a_baseline_pue_of_1_60_for_exactly_25_percent()
    {
        var check = Report.Single("ulanqab_saving_pct");
        Assert.Equal(1.60m, Assert.Single(check.Implied, i => i.Name == "uptime_2020_pue").Value);
        Assert.Equal(1.185m, Assert.Single(check.Implied, i => i.Name == "ulanqab_pue").Value);
        Assert.DoesNotContain(check.Implied, i => i.Name.EndsWith("conversion", StringComparison.Ordinal));
    }

    [Fact]
    public void Ghg_total_and_the_pue_figures_produce_no_check_because_nothing_they_relate_to_is_printed()
    {
        Assert.DoesNotContain(Report.Checks, c => c.Figure is "ghg_total" or "rented_pue" or "ulanqab_pue");
        Assert.Equal(0, Report.Count(Verdict.Unverifiable));
        Assert.False(Report.HasMaterialDiscrepancy);
    }

    [Fact]
    public void A_calculator_delegate_adds_a_direct_energy_check_from_inputs_discrepant_by_14_91_MWh()
    {
        // GB/T 2589 reference NCVs (seed-checks §2.3 case A): 2,956.933 + 10,572.009 = 13,528.942 MWh.
        var report = Fixtures.Check("kuaishou-2020", metric => metric == "energy.direct" ? Quantity.From(13_528.942m, "MWh") : null);

        var check = report.Single("energy_direct", "(from inputs)");
        Assert.Equal("energy.direct (from inputs)", check.Relation);
        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal(14.908m, check.Deviation!.Absolute);
        Assert.Equal(0.110m, Math.Round(check.Deviation.Relative!.Value * 100m, 3));
        Assert.False(check.Material);
    }

    [Fact]
    public void Without_a_calculator_the_inputs_are_recorded_but_not_checked()
    {
        var json = Fixtures.Read("tests/fixtures/kuaishou-2020/report.json")
            .Replace("\"options\":", "\"inputs\": {\"headcount\": \"21,499\"},\n  \"options\":", StringComparison.Ordinal);
        var report = new Checker(Fixtures.ForestFactor).Check(CheckRequestReader.Parse(json));

        Assert.DoesNotContain(report.Checks, c => c.Relation.EndsWith("(from inputs)", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.StartsWith("inputs: recorded", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_counts_seven_reproduced_three_consistent_and_one_discrepant()
    {
        Assert.Equal(7, Report.Summary["reproduced"]);
        Assert.Equal(3, Report.Summary["consistent"]);
        Assert.Equal(1, Report.Summary["discrepant"]);
        Assert.Equal(0, Report.Summary["material"]);
    }

    [Fact]
    public void The_uptime_average_pue_can_come_from_the_callers_factor_lookup_instead_of_a_figure()
    {
        var request = Fixtures.Request("kuaishou-2020");
        var formula = "1 - ulanqab_pue / @average-pue[uptime-2020]";
        var relation = new CustomRelation("ulanqab_vs_uptime", "ulanqab_saving_pct", formula, Emissions.Metrics.Expressions.ExpressionParser.Parse(formula));
        Quantity? Uptime(Emissions.Metrics.Expressions.FactorReference f) =>
            f is { Parameter: "average-pue", Carrier: "uptime-2020" } ? Quantity.Ratio(1.58m) : null;

        var check = new Checker(Uptime).Check(request with { Relations = [relation] }).Single("ulanqab_saving_pct");

        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(24.05m, Math.Round(check.Recomputed!.Value!.Value, 2));
        Assert.Equal(1.6m, Assert.Single(check.Implied, i => i.Name == "@average-pue[uptime-2020]").Value);
    }

    [Fact]
    public void Without_the_uptime_factor_the_saving_claim_is_unverifiable()
    {
        var request = Fixtures.Request("kuaishou-2020");
        var formula = "1 - ulanqab_pue / @average-pue[uptime-2020]";
        var relation = new CustomRelation("ulanqab_vs_uptime", "ulanqab_saving_pct", formula, Emissions.Metrics.Expressions.ExpressionParser.Parse(formula));

        var check = new Checker().Check(request with { Relations = [relation] }).Single("ulanqab_saving_pct");

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("@average-pue[uptime-2020]", check.Explanation, StringComparison.Ordinal);
    }
}
