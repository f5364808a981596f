using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A claim (avoided emissions, energy saved) that no relation tests is reported as unverifiable, once, after the checks.</summary>
public sealed class UnsupportedClaimTests
{
    [Fact]
    public void An_avoided_emissions_claim_no_relation_tests_is_unverifiable_after_the_other_checks()
    {
        var report = new Checker().Check(CheckRequestReader.Parse("""
            {"period": "2020", "figures": [
              {"metric": "energy.total", "value": "10", "unit": "MWh"},
              {"id": "avoided", "metric": "ghg.avoided", "value": "1,200", "unit": "t"},
              {"metric": "energy.direct", "value": "4", "unit": "MWh"},
              {"metric": "energy.indirect", "value": "6", "unit": "MWh"}
            ]}
            """));

        var claim = report.Checks[^1];
        Assert.Equal(("ghg.avoided (claim)", "avoided", Verdict.Unverifiable), (claim.Relation, claim.Figure, claim.Verdict));
        Assert.Equal("ghg.avoided = (no method printed)", claim.Formula);
        Assert.Equal("1,200", claim.Reported.Value?.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Single(report.Checks, c => c.Relation.EndsWith("(claim)", StringComparison.Ordinal));
        Assert.StartsWith("No method, factor or baseline is printed for this claim", claim.Explanation, StringComparison.Ordinal);
    }
}
