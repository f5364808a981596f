using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>ByteDance 2020, Kuaishou 2019 and Douyin 2022 (tests/fixtures; seed-checks §5.1, §6.1, §6.4, §6.5).</summary>
public class OtherReportsTests
{
    [Fact]
    public void ByteDance_pue_1_14_is_consistent_with_clf_below_8_and_plf_below_5_percent_if_other_load_is_at_least_half_a_percent()
    {
        var report = Fixtures.Check("bytedance-2020");
        var check = report.Single("pue_2020");

        Assert.Equal("dc.pue ≥ 1 + dc.clf + dc.plf", check.Formula);
        Assert.Equal(Verdict.Consistent, check.Verdict);
        var other = Assert.Single(check.Implied);
        Assert.Equal("dc.olf", other.Name);
        Assert.Equal(0.01m, other.Value);
        Assert.Equal(0.005m, other.Low);
        Assert.Contains("needs dc.olf above 0.005", check.Explanation, StringComparison.Ordinal);
        Assert.Contains("contradict", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteDance_65_08_tonnes_reproduce_971_mu_days_at_67_kg_per_mu_per_day()
    {
        var check = Fixtures.Check("bytedance-2020").Single("forest_mu_days");

        Assert.Equal(Verdict.Reproduced, check.Verdict);
        Assert.Equal(971.343m, Math.Round(check.Recomputed!.Value!.Value, 3));
        var factor = Assert.Single(check.Implied, i => i.Name == "@absorption-rate[forest]");
        Assert.Equal("kgCO2/(mu·day)", factor.Unit);
        Assert.Equal(67.024m, Math.Round(factor.Value, 3));
        Assert.Equal(66.98m, Math.Round(factor.Low!.Value, 2));
        Assert.Equal(67.06m, Math.Round(factor.High!.Value, 2));
    }

    [Fact]
    public void ByteDance_forest_equivalence_is_unverifiable_without_an_absorption_factor()
    {
        var check = new Checker().Check(Fixtures.Request("bytedance-2020")).Single("forest_mu_days");

        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        Assert.Contains("@absorption-rate[forest]", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteDance_wue_printed_without_a_unit_is_noted_and_not_checked()
    {
        var report = Fixtures.Check("bytedance-2020");

        Assert.DoesNotContain(report.Checks, c => c.Figure == "wue_2020");
        Assert.Contains(report.Notes, n => n.StartsWith("wue_2020: printed with no unit", StringComparison.Ordinal));
        Assert.Equal(2, report.Checks.Count);
    }

    [Fact]
    public void Kuaishou_2019_oasis_about_56_mu_is_consistent_under_the_about_tolerance_though_exactly_55_29_mu_would_print_as_55()
    {
        var check = Fixtures.Check("kuaishou-2019").Single("oasis_mu");

        Assert.Equal(Verdict.Consistent, check.Verdict);
        Assert.Equal(55.2915m, check.Recomputed!.Value);
        Assert.Equal(0.7085m, check.Deviation!.Absolute);
        Assert.Equal(1.28m, Math.Round(check.Deviation.Relative!.Value * 100m, 2));
        Assert.Equal(new ExactReading(55m, Verdict.Discrepant), check.IfExact);
        Assert.Contains("would print as 55 亩, not 56 亩", check.Explanation, StringComparison.Ordinal);
        Assert.Equal(658.23m, Math.Round(Assert.Single(check.Implied, i => i.Name == "oasis_m2 conversion").Value, 2));
    }

    [Fact]
    public void Kuaishou_2019_oasis_read_as_exact_56_mu_is_a_discrepancy_of_1_28_percent()
    {
        var request = Fixtures.Request("kuaishou-2019");
        var exact = request with { Figures = [.. request.Figures.Select(f => f with { Qualifier = Qualifier.Exact })] };

        var check = new Checker().Check(exact).Single("oasis_mu");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.False(check.Material);
        Assert.Equal(1.28m, Math.Round(check.Deviation!.Relative!.Value * 100m, 2));
    }

    [Fact]
    public void Douyin_2022_stair_climb_claim_is_unverifiable_and_flagged_at_about_490_times_the_potential_energy()
    {
        var report = Fixtures.Check("douyin-2022");

        var check = report.Single("stair_co2");
        Assert.Equal(Verdict.Unverifiable, check.Verdict);
        var flag = Assert.Single(report.Flags);
        Assert.Equal(StairClimbRule.Name, flag.Rule);
        Assert.Equal(["stair_co2", "stair_floors"], flag.Figures);
        Assert.Equal("0.2182 kg", flag.Numbers["co2PerPersonFloor"]);
        Assert.Equal("0.3755 kWh", flag.Numbers["electricityPerPersonFloor"]);
        Assert.Equal("0.000763 kWh", flag.Numbers["potentialEnergyPerPersonFloor"]);
        Assert.Equal("492.1", flag.Numbers["ratioToPotentialEnergy"]);
        Assert.Equal("6.23 kg", flag.Numbers["co2PerParticipant"]);
        Assert.Contains(flag.Assumptions, a => a.Contains("70 kg", StringComparison.Ordinal));
        Assert.Contains("plausibility flag", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stair_climb_rule_stays_quiet_for_a_plausible_claim()
    {
        // 13.6 kg instead of 13.6 t: 0.22 g per person-floor, the order of the potential energy.
        var request = Fixtures.Request("douyin-2022");
        var plausible = request with
        {
            Figures = [.. request.Figures.Select(f => f.Id == "stair_co2" ? f with { Printed = Emissions.Quantities.Measurement.Parse("13.6 kg") } : f)],
        };

        Assert.Empty(new Checker().Check(plausible).Flags);
    }

    [Fact]
    public void The_stair_climb_rule_uses_the_assumptions_it_is_given()
    {
        var rule = new StairClimbRule(StairClimbAssumptions.Default with { GridFactorKgPerKWh = 0.5703m });

        var flag = Assert.Single(rule.Evaluate(Fixtures.Request("douyin-2022")));

        Assert.Equal("0.3825 kWh", flag.Numbers["electricityPerPersonFloor"]);
        Assert.Contains(flag.Assumptions, a => a.Contains("0.5703", StringComparison.Ordinal));
    }
}
