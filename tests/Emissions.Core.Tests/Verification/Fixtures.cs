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

    /// <summary>
    /// An auditor's own relation over Kuaishou 2020's energy table (ESG report, lines 1253–1264): 715,200.83 MWh +
    /// 20,256.68 GJ (= 5,626.8556 MWh) = 720,827.6856 MWh against a printed 721,117.23, 289.5444 MWh apart.
    /// </summary>
    public const string IndirectFromPartsRequest = """
        {"organization": "Kuaishou", "period": "2020",
         "figures": [{"id": "elec", "value": "715,200.83", "unit": "兆瓦時"},
                     {"id": "heat", "value": "20,256.68", "unit": "吉焦"},
                     {"id": "indirect", "value": "721,117.23", "unit": "兆瓦時"}],
         "relations": [{"id": "indirect_from_parts", "metric": "indirect", "formula": "elec + heat"}]}
        """;

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
