using Emissions.Core.Tests.Fuzzing;

namespace Emissions.Factors.Tests.Fuzzing;

/// <summary>A short seeded sweep of the factor-set file reader (bench/Emissions.Fuzz runs 10⁶ inputs).</summary>
public sealed class FactorSetFuzzTests
{
    [Fact]
    public void Factor_set_reader_keeps_its_promises_over_2000_random_definitions()
    {
        var result = FuzzSweep.Run(FactorSetFuzz.Target, seed: 17, count: 2_000);

        Assert.True(result.Parsed > result.Inputs / 50, $"only {result.Parsed} of {result.Inputs} definitions validated: the generator does not reach the reader");
        Assert.True(result.ViolationCount == 0, $"{result.ViolationCount} violations, e.g.\n{string.Join("\n", result.Violations)}");
    }

    [Fact]
    public void Every_shipped_set_printed_back_as_a_definition_validates_to_the_same_set()
    {
        foreach (var set in RepositoryFactors.Library.Sets)
        {
            Assert.Equal(FuzzVerdict.Parsed, FactorSetFuzz.Property(FactorSetFuzz.Print(set)).Verdict);
        }
    }
}
