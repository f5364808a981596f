using Emissions.Factors.Loading;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>Files of the repository the tests run in: README.md, tests/fixtures, factors/.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
        Path.GetDirectoryName(FactorDirectories.FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException($"no factors/schema above {AppContext.BaseDirectory}"))!);

    private static readonly Lazy<FactorLibrary> Library = new(() => FactorLibrary.Load(Path.Combine(Root, "factors")));

    public static string Root => RootPath.Value;

    /// <summary>The shipped factor data, loaded once, to compare the service's answers with.</summary>
    public static FactorLibrary Factors => Library.Value;

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json: the report's raw inputs plus its printed subtotals.</summary>
    public static string KuaishouInputs => Read("tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json");
}
