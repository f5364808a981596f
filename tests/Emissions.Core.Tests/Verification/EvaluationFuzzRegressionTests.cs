using Emissions.Contract.Checks;
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
}
