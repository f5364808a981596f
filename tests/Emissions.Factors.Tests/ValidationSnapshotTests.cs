using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests;

/// <summary>
/// The validation snapshot saves a second load the schema validation of files it has seen pass, and never serves
/// anything stale: values come from the files, and an edited file is validated again.
/// </summary>
public sealed class ValidationSnapshotTests : IDisposable
{
    private const string NationalFactorFile = "cn-mee/electricity/2022/factors.json";
    private const string NationalFactorId = "cn-mee/electricity/2022:national";

    private readonly TempFactorTree _tree = TempFactorTree.CopyOfRepository();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "emissions-cache-" + Guid.NewGuid().ToString("N"));

    private string SnapshotFile => Path.Join(_cache, ValidationSnapshot.FileName);

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private FactorLibrary Load() => FactorLibrary.Load(new ValidationSnapshot(_cache), _tree.Root);

    private void Edit(string relative, string from, string to)
    {
        var path = _tree.Path(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_first_load_records_one_key_for_every_file_checked_against_a_schema()
    {
        Load();

        // Every JSON file but the schemas themselves: manifests, factors, blends and sets.
        var checkedFiles = Directory.EnumerateFiles(_tree.Root, "*.json", SearchOption.AllDirectories)
            .Count(f => !Path.GetRelativePath(_tree.Root, f).StartsWith("schema", StringComparison.Ordinal));
        Assert.Equal(checkedFiles, File.ReadAllLines(SnapshotFile).Length);
    }

    [Fact]
    public void A_second_load_from_the_snapshot_gives_the_same_library_and_set_hashes()
    {
        var first = Load();
        var second = Load();

        Assert.Equal(first.Factors.Select(f => (f.Id, f.Value.Value)), second.Factors.Select(f => (f.Id, f.Value.Value)));
        Assert.Equal(first.Sets.Select(s => s.ContentHash), second.Sets.Select(s => s.ContentHash));
        Assert.Equal(ShippedFactorsTests.PinnedHashes.Select(row => (string)row[1]), second.Sets.Select(s => s.ContentHash));
    }

    [Fact]
    public void An_edited_factor_value_is_read_from_the_file_after_the_snapshot_was_saved()
    {
        Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);

        Edit(NationalFactorFile, "\"value\": \"0.5366\"", "\"value\": \"0.6000\"");

        Assert.Equal(0.6000m, Load().FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void A_bad_edit_after_the_snapshot_was_saved_is_refused_with_the_same_error_as_without_one()
    {
        Load();
        Edit(NationalFactorFile, "\"unit\": \"tCO2/MWh\"", "\"unit\": \"tCO2/MWH\"");

        var withSnapshot = Assert.Throws<FactorLibraryException>(Load);
        var without = Assert.Throws<FactorLibraryException>(() => FactorLibrary.Load(ValidationSnapshot.Off(), _tree.Root));

        // Every factor of the file has the bad unit, and the sets that need them fail too; each error is the schema's.
        Assert.Equal(without.Message, withSnapshot.Message);
        var error = Assert.Single(withSnapshot.Errors, e => e.File == _tree.Path(NationalFactorFile) && e.Path == "$.factors[0].unit");
        Assert.Contains("'tCO2/MWH' is not one of the allowed values", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_fails_its_schema_is_refused_on_every_load_not_remembered()
    {
        Edit(NationalFactorFile, "\"unit\": \"tCO2/MWh\"", "\"unit\": \"tCO2/MWH\"");

        Assert.Throws<FactorLibraryException>(Load);
        var second = Assert.Throws<FactorLibraryException>(Load);

        Assert.Contains(second.Errors, e => e.File == _tree.Path(NationalFactorFile) && e.Path == "$.factors[0].unit");
    }

    [Fact]
    public void A_rule_beyond_the_schema_still_runs_for_a_file_the_snapshot_holds()
    {
        // A schema-valid set whose id differs from its file name: the snapshot may hold it, the loader's own rule still refuses it.
        Load();
        var text = File.ReadAllText(_tree.Path("sets/cn-2022.json"));
        File.WriteAllText(_tree.Path("sets/cn-2022-copy.json"), text); // the same text as a file the snapshot holds: the same key

        var exception = Assert.Throws<FactorLibraryException>(Load);
        Assert.Contains(exception.Errors, e => e.Message == "set id 'cn-2022' does not equal the file name 'cn-2022-copy.json'");
    }

    [Fact]
    public void A_damaged_snapshot_file_costs_a_full_validation_not_an_error()
    {
        Directory.CreateDirectory(_cache);
        File.WriteAllText(SnapshotFile, "not a key\n\0\0\0");

        Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_costs_a_full_validation_not_an_error()
    {
        File.WriteAllText(_cache, "a file where the folder would be");
        try
        {
            Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);
        }
        finally
        {
            File.Delete(_cache);
        }
    }
}
