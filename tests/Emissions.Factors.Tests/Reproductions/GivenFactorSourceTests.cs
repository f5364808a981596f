using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Factors.Tests.Reproductions;

/// <summary>
/// A check re-run with the attributed factor says which library factor it used and whether it is official: the
/// ByteDance 2020 forest equivalence (seed 000_8c4938fde206a55d.txt line 860) with the popular 67 kg figure.
/// </summary>
public class GivenFactorSourceTests
{
    private static readonly FactorCandidates Library = new(RepositoryFactors.Library.Factors);

    private static CheckResult Forest(string factor)
    {
        using var document = Fixtures.Load("bytedance-2020/report.json");
        var request = CheckRequestReader.Parse(document.RootElement.GetRawText());
        var given = new Dictionary<FactorReference, Quantity> { [new FactorReference("absorption-rate", "forest")] = Measurement.Parse(factor).Quantity };
        return Assert.Single(CheckRun.Run(request, null, given, Library).Checks, c => c.Figure == "forest_mu_days");
    }

    [Fact]
    public void Rerun_with_the_popular_67_kg_figure_says_consistent_with_it_not_an_official_factor()
    {
        var check = Forest("67 kgCO2/(mu·day)");

        Assert.NotEqual(Verdict.Discrepant, check.Verdict);
        Assert.Contains("with the popular 67 kgCO2/(mu·day) figure (popular/forest-absorption/2007:forest-per-mu-day, unverified), not an official factor.",
            check.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_given_factor_no_edition_publishes_is_not_named()
    {
        var check = Forest("67.02 kgCO2/(mu·day)");

        Assert.DoesNotContain("official factor", check.Explanation, StringComparison.Ordinal);
    }
}
