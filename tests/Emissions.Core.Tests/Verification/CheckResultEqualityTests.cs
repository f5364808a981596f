using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>A check's equality follows its values, not how its formula or diagnostics are held (Verification/CheckResult).</summary>
public class CheckResultEqualityTests
{
    private const string Request = Fixtures.IndirectFromPartsRequest;

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
