using System.CommandLine;
using Emissions.Factors.Loading;

namespace Emissions.Cli;

/// <summary>The factor library as every verb finds it: --factors DIR, else $EMISSIONS_FACTORS_DIR, else the repository's factors/.</summary>
internal static class CliFactors
{
    public static Option<string[]> DirectoriesOption(bool recursive = false) => new("--factors")
    {
        Description = "a factor directory to load (repeatable); default: the repository's factors/ or $" + FactorDirectories.EnvironmentVariable,
        Recursive = recursive,
        HelpName = "DIR",
    };

    /// <summary>The library as <see cref="Load"/> finds it, or null when no directory is given and none is found (an optional extra, such as attribution).</summary>
    public static FactorLibrary? TryLoad(string[]? directories) =>
        directories is { Length: > 0 } ? FactorLibrary.Load(directories) : FactorDirectories.FindDefault() is { } found ? FactorLibrary.Load(found) : null;

    public static FactorLibrary Load(string[]? directories)
    {
        if (directories is { Length: > 0 })
        {
            return FactorLibrary.Load(directories);
        }

        var found = FactorDirectories.FindDefault()
            ?? throw new CliInputException($"cannot find the factors/ directory: pass --factors DIR or set {FactorDirectories.EnvironmentVariable}");
        return FactorLibrary.Load(found);
    }
}
