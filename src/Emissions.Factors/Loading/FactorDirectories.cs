namespace Emissions.Factors.Loading;

/// <summary>Finds the repository's factors/ directory for tools that are not told where it is.</summary>
public static class FactorDirectories
{
    /// <summary>Overrides the search: the path of a factors/ directory.</summary>
    public const string EnvironmentVariable = "EMISSIONS_FACTORS_DIR";

    /// <summary>$EMISSIONS_FACTORS_DIR if set, else the nearest factors/ (holding schema/) above <see cref="AppContext.BaseDirectory"/>.</summary>
    public static string? FindDefault()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? FindAbove(AppContext.BaseDirectory) : fromEnvironment;
    }

    /// <summary>Walks up from <paramref name="start"/> to the first folder that contains factors/schema, and returns its factors/.</summary>
    public static string? FindAbove(string start)
    {
        ArgumentNullException.ThrowIfNull(start);
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "factors");
            if (Directory.Exists(Path.Combine(candidate, "schema")))
            {
                return candidate;
            }
        }

        return null;
    }
}
