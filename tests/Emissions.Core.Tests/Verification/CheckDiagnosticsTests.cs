using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>Implied values, attributions and explanations are worked out when first read (Verification/Checking/CheckDiagnostics).</summary>
public class CheckDiagnosticsTests
{
    [Fact]
    public void Diagnostics_read_from_several_threads_at_once_are_those_read_one_by_one()
    {
        var alone = Fixtures.Check("kuaishou-2020").Checks;
        var expected = alone.Select(c => (c.Explanation, Implied: string.Join("; ", c.Implied), Attribution: c.Attribution.Count)).ToList();

        var shared = Fixtures.Check("kuaishou-2020").Checks;
        var read = new (string Explanation, string Implied, int Attribution)[4][];
        Parallel.For(0, read.Length, t => read[t] = [.. shared.Select(c => (c.Explanation, string.Join("; ", c.Implied), c.Attribution.Count))]);

        Assert.All(read, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void A_diagnostic_is_worked_out_once_and_read_back_as_the_same_text()
    {
        var check = Fixtures.Check("kuaishou-2020").Checks.First(c => c.Verdict != Verdict.Reproduced);

        Assert.Same(check.Explanation, check.Explanation);
        Assert.Same(check.Implied, check.Implied);
        Assert.NotEmpty(check.Explanation);
    }
}
