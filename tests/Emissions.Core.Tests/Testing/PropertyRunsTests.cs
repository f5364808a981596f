using Emissions.Core.Tests.Verification;
using Emissions.Testing;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Testing;

public class PropertyRunsTests
{
    private static List<int> Drawn(Config config)
    {
        var drawn = new List<int>();
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), value =>
        {
            drawn.Add(value);
            return true;
        }).Check(config);
        return drawn;
    }

    [Fact]
    public void A_property_draws_the_same_cases_on_every_run_by_default()
    {
        var first = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), null));
        var second = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), ""));

        Assert.Equal(50, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_seed_given_replays_that_seed_and_random_draws_fresh_cases()
    {
        var fixedRun = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), null));
        var sameSeed = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), $"{PropertyRuns.FixedSeed},{PropertyRuns.FixedGamma}"));
        var otherSeed = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), "42"));
        var random = Drawn(PropertyRuns.Seeded(Config.QuickThrowOnFailure.WithMaxTest(50), "random"));

        Assert.Equal(fixedRun, sameSeed);
        Assert.NotEqual(fixedRun, otherSeed);
        // 50 draws from 2^31 values: equal to the fixed run's by chance with probability ~2^-1550.
        Assert.NotEqual(fixedRun, random);
    }

    [Theory]
    [InlineData("soon", "'soon' is not understood")]
    [InlineData("1,2", "gamma '2' is even")]
    [InlineData("-5", "'-5' is not understood")]
    [InlineData("1,2,3", "'1,2,3' is not understood")]
    public void A_seed_setting_not_understood_is_refused_naming_it(string setting, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => PropertyRuns.Seeded(Config.QuickThrowOnFailure, setting));

        Assert.Contains(PropertyRuns.SeedVariable, error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    // A property written with FsCheck's own unseeded configurations would draw new cases on every CI run again.
    [Fact]
    public void No_test_runs_a_property_unseeded()
    {
        var unseeded = new[] { "QuickThrowOnFailure", "QuickCheck", "VerboseCheck", "Config.Quick", "Config.Default", "Config.Verbose" };
        var testsFolder = Path.Combine(Fixtures.RepositoryRoot, "tests");
        var offenders = Directory.EnumerateFiles(testsFolder, "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(path) is not ("PropertyRuns.cs" or "PropertyRunsTests.cs"))
            .SelectMany(path => File.ReadLines(path).Select((line, index) => (path, line, number: index + 1)))
            .Where(hit => unseeded.Any(word => hit.line.Contains(word, StringComparison.Ordinal)))
            .Select(hit => $"{Path.GetRelativePath(testsFolder, hit.path)}:{hit.number}: {hit.line.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, string.Join(Environment.NewLine, offenders));
    }
}
