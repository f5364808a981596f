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

    // The default search walks up the folders: only when no --factors was given.
    public static FactorLibrary Load(string[]? directories) =>
        directories is { Length: > 0 } ? FactorLibrary.Load(directories) : Load(null, FactorDirectories.FindDefault());

    /// <summary>The library from <paramref name="directories"/>, else from <paramref name="found"/>, the directory the default search found (null: none).</summary>
    internal static FactorLibrary Load(string[]? directories, string? found)
    {
        if (directories is { Length: > 0 })
        {
            return FactorLibrary.Load(directories);
        }

        var variable = FactorDirectories.EnvironmentVariable;
        return FactorLibrary.Load(found ?? throw new CliInputException(
            $"cannot find the factors/ directory: {variable} is not set and no folder above {AppContext.BaseDirectory} holds factors/schema; " +
            $"expected --factors DIR or {variable}=DIR naming a factor directory (publisher/dataset/edition/ folders and sets/)"));
    }
}
