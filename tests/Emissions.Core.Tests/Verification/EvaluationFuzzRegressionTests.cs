using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>
/// Requests the evaluation fuzzer (tests/Emissions.Cli.Tests/Fuzz) found ending in a program error, each reduced to the
/// relation that failed: every one is now checked and written like any other.
/// </summary>
public class EvaluationFuzzRegressionTests
{
    private static CheckReport Check(string json) => new Checker().Check(CheckRequestReader.Parse(json));

    [Fact]
    public void A_relation_needing_one_missing_factor_twice_is_unverifiable_without_an_implied_value()
    {
        // The factor occurs twice: no rearrangement solves for it (root finding is for figures), so nothing is implied.
        var report = Check("""
            {"figures": [{"id": "a", "value": "2", "unit": "t"}, {"id": "b", "value": "3", "unit": "t"}],
             "relations": [{"id": "r", "metric": "b", "formula": "a * @net-calorific-value[diesel] / @net-calorific-value[diesel]"}]}
            """);

        var check = Assert.Single(report.Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Empty(check.Implied);
        Assert.Contains("@net-calorific-value[diesel]", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exact_28_digit_integer_above_the_last_half_unit_a_decimal_holds_is_reproduced_by_itself()
    {
        // 8,281,500,000,000,000,000,000,000,002 ± 0.5 has no decimal: its interval is rounded outward to [v − 1, v + 1),
        // where rounding to nearest made [v, v), empty, and so a relation giving exactly v discrepant.
        var figure = new ReportedFigure("a", null, Measurement.Parse("8281500000000000000000000002"));
        var interval = figure.Interval(0.05m);
        Assert.Equal(8281500000000000000000000001m, interval.Low);
        Assert.Equal(8281500000000000000000000003m, interval.High);

        var report = Check("""
            {"figures": [{"id": "a", "value": "8281500000000000000000000002", "unit": "kWh"},
                         {"id": "b", "value": "8281500000000000000000000002", "unit": "kWh"}],
             "relations": [{"id": "r", "metric": "b", "formula": "a"}]}
            """);

        Assert.Equal(Verdict.Reproduced, Assert.Single(report.Checks).Verdict);
    }

    [Fact]
    public void A_divisor_of_a_28_digit_figure_less_itself_makes_the_relation_unverifiable()
    {
        var report = Check("""
            {"figures": [{"id": "share", "value": "417.73", "unit": "%"},
                         {"id": "re", "value": "8281500000000000000000000000", "unit": "kWh"},
                         {"id": "elec", "value": "100000000", "unit": "兆瓦時", "qualifier": "at-least"}],
             "relations": [{"id": "r", "metric": "share", "formula": "elec / pp(re, re)"}]}
            """);

        var check = Assert.Single(report.Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("divisor", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reciprocal_of_an_interval_zero_at_both_ends_is_the_whole_line_whichever_end_is_open()
    {
        foreach (var (lowClosed, highClosed) in new[] { (true, false), (false, true), (true, true) })
        {
            var zero = new QuantityInterval(Dimension.None, 0m, 0m, lowClosed, highClosed);
            Assert.True(IntervalArithmetic.Reciprocal(zero).IsEntire);
        }
    }

    [Fact]
    public void A_missing_factor_implied_past_the_decimal_range_in_its_unit_is_left_out_and_said()
    {
        // 7.9 × 10^28 kg CO2e over 0.05 mu·day is about 10^30 kgCO2/(mu·day): no decimal holds it.
        var report = Check("""
            {"figures": [{"id": "days", "metric": "equiv.forest-mu-days", "value": "0.04758294", "unit": "mu·day"},
                         {"id": "avoided", "metric": "ghg.avoided", "value": "7.9e28", "unit": "kgCO2e"}]}
            """);

        var check = Assert.Single(report.Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Empty(check.Implied);
        Assert.Contains("@absorption-rate[forest]", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("7.9 × 10^28", CheckReportJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_factor_implied_near_zero_is_not_attributed_when_its_gaps_pass_the_decimal_range_as_percent()
    {
        // 10^-28 kg CO2 over 1 kWh implies 10^-28 kgCO2/kWh: the library's 0.5810 is 5.8 × 10^29 % above it, which no
        // decimal holds (the answer wrote gap × 100 and failed).
        var edition = new Edition("cn-mee/electricity/2022", "cn-mee", "MEE/NBS 2022", null, "2024-12-20", "MEE/NBS", "public");
        var grid = new Factor("cn-mee/electricity/2022:national", FactorParameterNames.Parse("emission-factor"), "location-average",
            new Measurement(0.5810m, Unit.Parse("kgCO2/kWh")), "CO2", null, new Applicability("electricity", "CN", 2022), VerificationStatus.Confirmed,
            "MEE/NBS", null, edition);
        var report = new Checker(candidates: new FactorCandidates([grid])).Check(CheckRequestReader.Parse("""
            {"figures": [{"id": "elec", "value": "1", "unit": "kWh"}, {"id": "s2", "value": "0.0000000000000000000000000001", "unit": "kgCO2"}],
             "relations": [{"id": "r", "metric": "s2", "formula": "elec * @emission-factor[electricity]"}]}
            """));

        var check = Assert.Single(report.Checks);
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Empty(check.Attribution);
        Assert.Contains("@emission-factor[electricity]", CheckReportJson.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_whose_root_finding_meets_a_not_a_number_is_left_without_an_implied_value()
    {
        var report = Check("""
            {"figures": [{"id": "olf", "value": "-0.0000000000000000000000000001"},
                         {"id": "a", "value": "940632340000000000000000000", "unit": "‰"}],
             "relations": [{"id": "r", "metric": "olf", "formula": "a + yoy(a, a)"}]}
            """);

        var check = Assert.Single(report.Checks);
        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.DoesNotContain(check.Implied, i => i.Name == "a");
        Assert.NotEmpty(CheckReportJson.Write(report));
    }
}
