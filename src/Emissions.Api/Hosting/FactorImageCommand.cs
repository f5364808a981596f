using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Factors.Loading;

namespace Emissions.Api.Hosting;

/// <summary>
/// `Emissions.Api factor-image [FOLDER]`: loads the shipped factor library from its files (every file validated) and
/// writes its catalogue image into FOLDER (default: factor-cache/ beside the executable). The publish step runs it, so a
/// published service, and the container image made from it, carries the image of its own factors/: with
/// $EMISSIONS_CACHE_DIR naming that folder, the first start reads the image instead of parsing the library, even where
/// the folder is read-only (ADR 0024). A changed factor file or another build of the loader makes it stale, and a
/// stale image is not used (the service then loads the files, as without an image).
/// </summary>
internal static class FactorImageCommand
{
    public const string Verb = "factor-image";

    /// <summary>The folder the publish step writes, beside the executable and its factors/.</summary>
    public const string DefaultFolder = "factor-cache";

    public static bool IsRequested(string[] args) => args is [Verb] or [Verb, _];

    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args is [_, var given] ? Path.GetFullPath(given) : Path.Join(AppContext.BaseDirectory, DefaultFolder);
        try
        {
            var directories = FactorCatalogLoader.Directories(new FactorsOptions(), AppContext.BaseDirectory);
            var image = FactorLibrary.WriteImage(folder, [.. directories]);
            await Console.Out.WriteLineAsync($"Emissions.Api factor-image: wrote {image} for {string.Join(", ", directories)}");
            return 0;
        }
        catch (Exception ex) when (ex is FactorLibraryException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"Emissions.Api factor-image: {ex.Message.ReplaceLineEndings(" ")}");
            return 1;
        }
    }
}
