using Emissions.Api.Options;
using Emissions.Factors.Loading;

namespace Emissions.Api.Factors;

/// <summary>
/// Finds and loads the factor directories at start-up. Factors:Directories, when given, is the
/// whole list (the shipped factors/ first, then extra directories; relative paths are under the
/// content root). Otherwise the shipped factors/: $EMISSIONS_FACTORS_DIR, else the nearest factors/
/// above the application or the content root (so `dotnet run --project src/Emissions.Api` finds the
/// repository's). Invalid data throws <see cref="FactorLibraryException"/>: the service does not start on wrong data.
/// </summary>
public static partial class FactorCatalogLoader
{
    public static IReadOnlyList<string> Directories(FactorsOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contentRoot);
        var configured = options.Directories.Where(d => !string.IsNullOrWhiteSpace(d)).ToList();
        if (configured.Count > 0)
        {
            return [.. configured.Select(d => Path.GetFullPath(d, contentRoot))];
        }

        string?[] candidates =
        [
            FactorDirectories.FindDefault(),
            FactorDirectories.FindAbove(contentRoot),
            Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "factors")),
        ];
        var found = candidates.FirstOrDefault(c => c is not null && Directory.Exists(c));
        return found is null
            ? throw new FactorLibraryException(
                $"cannot find the factors/ directory: set Factors:Directories (Factors__Directories__0) or {FactorDirectories.EnvironmentVariable}; " +
                $"looked above {AppContext.BaseDirectory} and {contentRoot}")
            : [found];
    }

    public static LibraryFactorCatalog Load(FactorsOptions options, string contentRoot, ILogger logger)
    {
        var directories = Directories(options, contentRoot);
        var library = FactorLibrary.Load([.. directories]);
        LogLoaded(logger, library.Sets.Count, library.Factors.Count, directories, library.Image ?? "the files");
        return new LibraryFactorCatalog(library);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Sets} factor sets and {Factors} factors from {Directories}, read from {Source}")]
    private static partial void LogLoaded(ILogger logger, int sets, int factors, IEnumerable<string> directories, string source);
}
