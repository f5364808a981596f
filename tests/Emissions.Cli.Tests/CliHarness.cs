using Emissions.Cli;
using Emissions.Factors.Loading;

namespace Emissions.Cli.Tests;

/// <summary>Runs the command line in process against the repository's factors/, and makes its input files.</summary>
internal static class CliHarness
{
    public static readonly string RepositoryFactors =
        FactorDirectories.FindAbove(AppContext.BaseDirectory) ?? throw new InvalidOperationException("no factors/schema above the test assembly");

    public static string Fixture(string name) => Path.Combine(Path.GetDirectoryName(RepositoryFactors)!, "tests", "fixtures", name);

    /// <summary>`emissions ARGS --factors &lt;repository factors&gt;`: the exit code and what it wrote to stdout and stderr.</summary>
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CliApp.Run([.. args, "--factors", RepositoryFactors], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string TempJson(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"emissions-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
