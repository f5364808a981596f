using Emissions.Contract.Checks;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>The project's own fixtures (tests/fixtures), found by walking up from the test assembly to the repository root.</summary>
internal static class Fixtures
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Emissions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no Emissions.sln above {AppContext.BaseDirectory}");
    });

    public static string RepositoryRoot => Root.Value;

    public static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryRoot, relative));

    public static CheckRequest Request(string report) => CheckRequestReader.Parse(Read($"tests/fixtures/{report}/report.json"));

    /// <summary>The popular Chinese forest-uptake figure, 67 kg CO2 per mu per day (seed-checks §0, §6.1), passed as the caller's factor.</summary>
    public static Quantity? ForestFactor(FactorReference reference) =>
        reference is { Parameter: "absorption-rate", Carrier: "forest" } ? Quantity.From(67m, "kgCO2/(mu·day)") : null;

    public static CheckReport Check(string report, Func<string, Quantity?>? recompute = null) =>
        new Checker(ForestFactor, recompute).Check(Request(report));

    public static CheckResult Single(this CheckReport report, string metric, string? relationContains = null) =>
        Assert.Single(report.Checks, c => c.Figure == metric && (relationContains is null || c.Relation.Contains(relationContains, StringComparison.Ordinal)));
}
