using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests;

/// <summary>The project's own factors/ directory, found by walking up from the test assembly to the repository root.</summary>
internal static class RepositoryFactors
{
    private static readonly Lazy<string> Located = new(() =>
        FactorDirectories.FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"no factors/schema above {AppContext.BaseDirectory}"));

    private static readonly Lazy<FactorLibrary> Shared = new(() => FactorLibrary.Load(Located.Value));

    public static string Path => Located.Value;

    /// <summary>One load of the shipped data, shared by the tests that only read it.</summary>
    public static FactorLibrary Library => Shared.Value;
}
