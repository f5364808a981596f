namespace Emissions.Core.Tests.Fuzzing;

/// <summary>
/// A short seeded sweep of every Core parser (bench/Emissions.Fuzz runs the long one, 10⁶ inputs each):
/// only the documented error escapes, and parse → print → parse is the identity.
/// </summary>
public sealed class FuzzSweepTests
{
    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void Parser_keeps_its_promises_over_5000_random_inputs(string name)
    {
        var result = FuzzSweep.Run(FuzzTargets.All.Single(t => t.Name == name), seed: 17, count: 5_000);

        Assert.True(result.Parsed > result.Inputs / 50, $"only {result.Parsed} of {result.Inputs} inputs parsed: the generator does not reach the parser");
        Assert.True(result.ViolationCount == 0, $"{result.ViolationCount} violations, e.g.\n{string.Join("\n", result.Violations)}");
    }
}
