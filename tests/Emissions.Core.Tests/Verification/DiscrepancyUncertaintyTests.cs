using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>options.uncertainty: a discrepancy weighed against the inputs' combined uncertainty (IPCC 2006 Vol. 1 Ch. 3 Eq. 3.1 and 3.2).</summary>
public sealed class DiscrepancyUncertaintyTests
{
    // 500 + 500 = 1,000 against a printed 1,030: a gap of 3 % of the recomputed total, far beyond printed rounding.
    private static CheckResult Sum(string options) => Assert.Single(CheckRun.Run(CheckRequestReader.Parse($$"""
        {"figures": [{"id": "a", "value": "500", "unit": "MWh"}, {"id": "b", "value": "500", "unit": "MWh"}, {"id": "total", "value": "1030", "unit": "MWh"}],
         "relations": [{"id": "sum", "metric": "total", "formula": "a + b"}],
         "options": {{options}}}
        """), null).Checks);

    [Fact]
    public void A_gap_smaller_than_the_inputs_combined_uncertainty_is_labelled_within_it()
    {
        // Eq. 3.2: √((500 × 5 %)² + (500 × 5 %)²) / 1,000 = ± 3.54 %, more than the 3 % gap.
        var check = Sum("""{"uncertainty": {"figures": "5%"}}""");

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.True(check.Uncertainty!.Within);
        Assert.Equal((3m, 3.54m), (check.Uncertainty.GapPercent, check.Uncertainty.CombinedPercent));
        Assert.Equal("within the inputs' combined uncertainty", check.Uncertainty.Label);
        Assert.Contains("smaller than the inputs' combined uncertainty of ±3.54 %", check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_larger_than_the_inputs_combined_uncertainty_is_labelled_beyond_it()
    {
        // ± 2 % each: √(10² + 10²) / 1,000 = ± 1.41 %.
        var check = Sum("""{"uncertainty": {"figures": "2%"}}""");

        Assert.False(check.Uncertainty!.Within);
        Assert.Equal(1.41m, check.Uncertainty.CombinedPercent);
    }

    [Fact]
    public void A_named_input_wins_and_one_taken_as_exact_adds_nothing()
    {
        // Only a is uncertain, ± 6 %: 30 / 1,000 = ± 3 %, exactly the gap.
        var check = Sum("""{"uncertainty": {"named": {"a": "6%", "b": "0%"}}}""");

        Assert.True(check.Uncertainty!.Within);
        Assert.Equal(["a ±6 %"], check.Uncertainty.Inputs);
    }

    [Fact]
    public void Without_options_uncertainty_a_discrepancy_is_not_weighed()
    {
        Assert.Null(Sum("{}").Uncertainty);
    }

    [Fact]
    public void A_factors_uncertainty_counts_for_the_factor_the_check_used()
    {
        // 10 mu × 67 kgCO2/(mu·day) × 365 days = 244,550 kgCO2 against a printed 251,000 (gap 2.64 %); the factor ± 5 % (Eq. 3.1) covers it.
        var request = CheckRequestReader.Parse("""
            {"figures": [{"id": "area", "value": "10.000", "unit": "mu"}, {"id": "days", "value": "365", "unit": "day"}, {"id": "uptake", "value": "251,000", "unit": "kgCO2"}],
             "relations": [{"id": "forest", "metric": "uptake", "formula": "area * @absorption-rate[forest] * days"}],
             "options": {"factors": {"absorption-rate[forest]": "67 kgCO2/(mu·day)"}, "uncertainty": {"factors": "5%"}}}
            """);

        var check = Assert.Single(CheckRun.Run(request, null).Checks);

        Assert.Equal(Verdict.Discrepant, check.Verdict);
        Assert.Equal((2.64m, 5m), (check.Uncertainty!.GapPercent, check.Uncertainty.CombinedPercent));
        Assert.True(check.Uncertainty.Within);
    }

    [Fact]
    public void A_bad_percentage_names_its_path()
    {
        var ex = Assert.Throws<InputException>(() => Sum("""{"uncertainty": {"figures": "lots"}}"""));
        Assert.Equal("$.options.uncertainty.figures", ex.Path);
    }
}
