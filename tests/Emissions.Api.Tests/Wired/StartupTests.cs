using System.Net;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Factors.Loading;

namespace Emissions.Api.Tests.Wired;

/// <summary>Factor data loads at start-up from Factors:Directories (default: the repository's factors/); bad data stops the service.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-factors-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private string CopyOfFactors()
    {
        var source = Repository.PathOf("factors");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    [Fact]
    public async Task Configured_directories_are_loaded_instead_of_the_default()
    {
        var copy = CopyOfFactors();
        File.Delete(Path.Combine(copy, "sets", "cn-2023.json"));
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Factors:Directories:0"] = copy });

        var health = await Wire.ReadAsync(await factory.CreateClient().GetAsync("/healthz"));
        Assert.Equal(Repository.Factors.Sets.Count - 1, health.GetProperty("factors").GetProperty("sets").GetInt32());
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().GetAsync("/v1/factor-sets/cn-2023"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [Fact]
    public async Task Invalid_factor_data_stops_start_up_with_the_loaders_message()
    {
        var copy = CopyOfFactors();
        var set = Path.Combine(copy, "sets", "cn-2020.json");
        File.WriteAllText(set, File.ReadAllText(set).Replace("\"cn-mee/electricity/2021\"", "\"cn-mee/electricity/1999\"", StringComparison.Ordinal));
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Factors:Directories:0"] = copy });

        var exception = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var loader = FindInner<FactorLibraryException>(exception);
        Assert.NotNull(loader);
        Assert.Contains("$.editions[0]", loader.Message, StringComparison.Ordinal);
        Assert.Contains("edition 'cn-mee/electricity/1999' does not exist", loader.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_configuration_the_repository_factors_are_found_from_the_content_root()
    {
        var contentRoot = Repository.PathOf(Path.Combine("src", "Emissions.Api"));
        Assert.Equal([Repository.PathOf("factors")], FactorCatalogLoader.Directories(new FactorsOptions(), contentRoot).Select(Path.GetFullPath));

        var options = new FactorsOptions();
        options.Directories.Add("../../factors");
        options.Directories.Add("/srv/extra-factors");
        Assert.Equal([Repository.PathOf("factors"), "/srv/extra-factors"], FactorCatalogLoader.Directories(options, contentRoot));
    }

    private static T? FindInner<T>(Exception? exception)
        where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }

            if (e is AggregateException aggregate && aggregate.InnerExceptions.Select(FindInner<T>).FirstOrDefault(x => x is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
