using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A check's equality follows its values, not how its formula or diagnostics are held (Verification/CheckResult).</summary>
public class CheckResultEqualityTests
{
    // Kuaishou 2020: electricity plus heat against the printed indirect energy, an auditor's own relation.
    private const string Request = """
        {"organization": "Kuaishou", "period": "2020",
         "figures": [{"id": "elec", "value": "715,200.83", "unit": "兆瓦時"},
                     {"id": "heat", "value": "20,256.68", "unit": "吉焦"},
                     {"id": "indirect", "value": "721,117.23", "unit": "兆瓦時"}],
         "relations": [{"id": "indirect_from_parts", "metric": "indirect", "formula": "elec + heat"}]}
        """;

    private static CheckResult AuditorsCheck() =>
        Assert.Single(new Checker().Check(CheckRequestReader.Parse(Request)).Checks, c => c.Relation == "indirect_from_parts");

    [Fact]
    public void A_check_equals_its_copy_with_the_same_formula_given_as_text()
    {
        var check = AuditorsCheck();
        var copy = check with { Formula = "indirect = elec + heat" };

        Assert.Equal("indirect = elec + heat", check.Formula);
        Assert.Equal(check, copy);
        Assert.Equal(copy, check);
        Assert.Equal(check.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void A_check_differs_from_its_copy_with_another_formula_text()
    {
        var check = AuditorsCheck();

        Assert.NotEqual(check, check with { Formula = "indirect = heat + elec" });
    }

    [Fact]
    public void The_same_request_checked_twice_gives_equal_checks()
    {
        Assert.Equal(AuditorsCheck(), AuditorsCheck());
    }

    [Fact]
    public void A_check_differs_from_its_copy_with_another_explanation()
    {
        var check = AuditorsCheck();

        Assert.NotEqual(check, check.WithExplanationLine("One more line."));
    }
}
