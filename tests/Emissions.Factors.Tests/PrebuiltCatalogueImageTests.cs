using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests;

/// <summary>
/// A catalogue image written before deployment (ADR 0024: the service's publish step writes factor-cache/ beside
/// factors/): read from a read-only folder after both folders moved elsewhere, refused once it is stale, and never
/// written for a library that does not load.
/// </summary>
public sealed class PrebuiltCatalogueImageTests : IDisposable
{
    private const string NationalFactorFile = "cn-mee/electricity/2022/factors.json";
    private const string NationalFactorId = "cn-mee/electricity/2022:national";

    // A published service's layout: <folder>/factors and <folder>/factor-cache.
    private readonly string _built = Path.Combine(Path.GetTempPath(), "emissions-publish-" + Guid.NewGuid().ToString("N"));
    private readonly string _deployed = Path.Combine(Path.GetTempPath(), "emissions-deployed-" + Guid.NewGuid().ToString("N"));

    public PrebuiltCatalogueImageTests()
    {
        using var tree = TempFactorTree.CopyOfRepository();
        Directory.CreateDirectory(_built);
        Directory.Move(tree.Root, Path.Join(_built, "factors"));
        Directory.CreateDirectory(tree.Root); // for the tree's own clean-up
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _built, _deployed })
        {
            if (Directory.Exists(folder))
            {
                foreach (var entry in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
                {
                    File.SetAttributes(entry, FileAttributes.Normal);
                }

                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static string Factors(string folder) => Path.Join(folder, "factors");

    private static string Cache(string folder) => Path.Join(folder, "factor-cache");

    private static FactorLibrary LoadDeployed(string folder) => FactorLibrary.Load(new ValidationSnapshot(Cache(folder)), Factors(folder));

    // Moves the published folder elsewhere and makes its cache read-only, as in a container image.
    private void Deploy()
    {
        Directory.Move(_built, _deployed);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(Cache(_deployed)))
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        File.SetUnixFileMode(Cache(_deployed), UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead |
            UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    [Fact]
    public void An_image_written_beside_the_factors_is_read_after_both_folders_moved_and_the_cache_became_read_only()
    {
        var written = FactorLibrary.WriteImage(Cache(_built), Factors(_built));

        Deploy();
        var library = LoadDeployed(_deployed);
        var fromFiles = CatalogueSnapshotTests.Describe(FactorLibrary.Load(ValidationSnapshot.Off(), Factors(_deployed)));

        Assert.Equal(Path.Join(Cache(_deployed), Path.GetFileName(written)), library.Image);
        Assert.Equal([Factors(_deployed)], library.Directories);
        Assert.Equal(fromFiles, CatalogueSnapshotTests.Describe(library));
        Assert.Equal(0.5366m, library.FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void A_prebuilt_image_is_refused_once_a_factor_file_changed_and_the_edited_value_is_loaded_from_the_files()
    {
        FactorLibrary.WriteImage(Cache(_built), Factors(_built));
        Deploy();
        var path = Path.Join(Factors(_deployed), NationalFactorFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"value\": \"0.5366\"", "\"value\": \"0.6000\"", StringComparison.Ordinal));

        var library = LoadDeployed(_deployed);

        Assert.Null(library.Image);
        Assert.Equal(0.6000m, library.FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void A_prebuilt_image_is_not_used_for_another_directory_with_the_same_files()
    {
        FactorLibrary.WriteImage(Cache(_built), Factors(_built));
        Directory.Move(Factors(_built), Path.Join(_built, "other-factors"));

        var library = FactorLibrary.Load(new ValidationSnapshot(Cache(_built)), Path.Join(_built, "other-factors"));

        Assert.Null(library.Image);
    }

    [Fact]
    public void Invalid_factor_data_writes_no_image_and_names_the_file_at_fault()
    {
        var path = Path.Join(Factors(_built), NationalFactorFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"unit\": \"tCO2/MWh\"", "\"unit\": \"tCO2/MWH\"", StringComparison.Ordinal));

        var exception = Assert.Throws<FactorLibraryException>(() => FactorLibrary.WriteImage(Cache(_built), Factors(_built)));

        Assert.Contains(exception.Errors, e => e.File == path && e.Path == "$.factors[0].unit");
        Assert.Empty(Directory.Exists(Cache(_built)) ? Directory.GetFiles(Cache(_built), CatalogueSnapshot.FilePrefix + "*") : []);
    }
}
