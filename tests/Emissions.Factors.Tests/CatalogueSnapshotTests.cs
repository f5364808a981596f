using System.Globalization;
using System.Text;
using System.Text.Json;
using Emissions.Factors.Loading;
using static Emissions.Factors.Tests.FactorJson;

namespace Emissions.Factors.Tests;

/// <summary>
/// The catalogue image (ADR 0021): a second load of unchanged files reads the library from one binary file instead of
/// the JSON, gives back exactly the library the files give, and never serves anything stale or damaged.
/// </summary>
public sealed class CatalogueSnapshotTests : IDisposable
{
    private const string NationalFactorFile = "cn-mee/electricity/2022/factors.json";
    private const string NationalFactorId = "cn-mee/electricity/2022:national";

    private readonly TempFactorTree _tree = TempFactorTree.CopyOfRepository();
    private readonly string _cache = Path.Combine(Path.GetTempPath(), "emissions-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _tree.Dispose();
        if (Directory.Exists(_cache))
        {
            Directory.Delete(_cache, recursive: true);
        }
    }

    private string ValidationFile => Path.Join(_cache, ValidationSnapshot.FileName);

    private string Image => Assert.Single(Directory.GetFiles(_cache, CatalogueSnapshot.FilePrefix + "*.bin"));

    private FactorLibrary Load() => FactorLibrary.Load(new ValidationSnapshot(_cache), _tree.Root);

    private FactorLibrary LoadWithoutSnapshots() => FactorLibrary.Load(ValidationSnapshot.Off(), _tree.Root);

    private void Edit(string relative, string from, string to)
    {
        var path = _tree.Path(relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_load_reads_the_image_and_not_the_files()
    {
        Load();
        File.Delete(ValidationFile);

        Load();

        // A load from the files would have validated them and saved their keys again.
        Assert.False(File.Exists(ValidationFile));
    }

    [Fact]
    public void The_library_read_from_the_image_equals_the_library_read_from_the_files_field_by_field()
    {
        var fromFiles = LoadWithoutSnapshots();
        Load();

        var fromImage = Load();

        Assert.Equal(Describe(fromFiles), Describe(fromImage));
        Assert.Equal(ShippedFactorsTests.PinnedHashes.Select(row => (string)row[1]), fromImage.Sets.Select(s => s.ContentHash));
    }

    [Fact]
    public void A_set_from_the_image_shares_the_libraries_factor_and_edition_instances_as_a_loaded_one_does()
    {
        Load();

        var library = Load();

        var set = library.GetSet("cn-2022");
        Assert.All(set.Factors, f => Assert.Same(library.FindFactor(f.Id), f));
        Assert.All(library.Factors, f => Assert.Contains(library.Editions, e => ReferenceEquals(e, f.Edition)));
    }

    [Fact]
    public void An_edited_factor_value_is_seen_on_the_next_load_and_the_image_is_rebuilt()
    {
        Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);
        var before = File.ReadAllBytes(Image);

        Edit(NationalFactorFile, "\"value\": \"0.5366\"", "\"value\": \"0.6000\"");

        Assert.Equal(0.6000m, Load().FindFactor(NationalFactorId)!.Value.Value);
        Assert.NotEqual(before, File.ReadAllBytes(Image));
        Assert.Equal(0.6000m, Load().FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void An_edit_that_keeps_the_files_size_and_modification_time_is_seen_on_the_next_load()
    {
        // The key hashes every file's bytes, not its size and time (ADR 0029): a copy that keeps times (cp -p, rsync -a,
        // tar) or an edit within the clock's tick changes neither.
        var path = _tree.Path(NationalFactorFile);
        Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);
        var (length, time) = (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path));

        Edit(NationalFactorFile, "\"value\": \"0.5366\"", "\"value\": \"0.5367\"");
        File.SetLastWriteTimeUtc(path, time);

        Assert.Equal((length, time), (new FileInfo(path).Length, File.GetLastWriteTimeUtc(path)));
        Assert.Equal(0.5367m, Load().FindFactor(NationalFactorId)!.Value.Value);
    }

    [Fact]
    public void An_image_whose_key_is_for_other_files_is_not_used_even_when_its_payload_is_intact()
    {
        Assert.Equal(0.5366m, Load().FindFactor(NationalFactorId)!.Value.Value);
        var stale = File.ReadAllBytes(Image);
        Edit(NationalFactorFile, "\"value\": \"0.5366\"", "\"value\": \"0.6000\"");
        Assert.Equal(0.6000m, Load().FindFactor(NationalFactorId)!.Value.Value);

        // The image of the old files put back: intact, but keyed by the old bytes.
        File.WriteAllBytes(Image, stale);

        Assert.Equal(0.6000m, Load().FindFactor(NationalFactorId)!.Value.Value);
        Assert.NotEqual(stale, File.ReadAllBytes(Image));
    }

    [Fact]
    public void A_new_file_in_a_directory_is_seen_on_the_next_load()
    {
        Load();

        _tree.AddEdition(TestEdition, Factor("national"));

        Assert.NotNull(Load().FindFactor(TestEdition + ":national"));
    }

    [Fact]
    public void A_bad_edit_after_the_image_was_saved_is_refused_with_the_same_errors_as_without_snapshots_on_every_load()
    {
        Load();
        Edit(NationalFactorFile, "\"unit\": \"tCO2/MWh\"", "\"unit\": \"tCO2/MWH\"");

        var first = Assert.Throws<FactorLibraryException>(Load);
        var second = Assert.Throws<FactorLibraryException>(Load);
        var without = Assert.Throws<FactorLibraryException>(LoadWithoutSnapshots);

        Assert.Equal(without.Message, first.Message);
        Assert.Equal(without.Message, second.Message);
        Assert.Contains(second.Errors, e => e.File == _tree.Path(NationalFactorFile) && e.Path == "$.factors[0].unit");
    }

    [Theory]
    [InlineData("flip a byte in the payload")]
    [InlineData("flip a byte of the payload's check")]
    [InlineData("flip the payload's last byte")]
    [InlineData("truncate")]
    [InlineData("another format version")]
    [InlineData("not an image")]
    public void A_damaged_image_falls_back_to_the_files_with_the_same_answers(string damage)
    {
        var expected = Describe(LoadWithoutSnapshots());
        Load();
        var bytes = File.ReadAllBytes(Image);
        switch (damage)
        {
            case "flip a byte in the payload":
                bytes[bytes.Length / 2] ^= 0x5A;
                break;
            case "flip a byte of the payload's check":
                bytes[8 + 16 + 3] ^= 0x5A; // after "EMFC", the version and the 16-byte key
                break;
            case "flip the payload's last byte":
                bytes[^1] ^= 0x01;
                break;
            case "truncate":
                bytes = bytes[..(bytes.Length / 3)];
                break;
            case "another format version":
                bytes[4]++;
                break;
            default:
                bytes = Encoding.UTF8.GetBytes("not a catalogue image");
                break;
        }

        File.WriteAllBytes(Image, bytes);
        File.Delete(ValidationFile);

        Assert.Equal(expected, Describe(Load()));
        Assert.True(File.Exists(ValidationFile)); // the load read the files
        Assert.Equal(expected, Describe(Load())); // and rewrote the image
    }

    [Fact]
    public void A_set_validated_against_a_library_from_the_image_names_factors_by_their_relative_file()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor("national"), Factor("national-again", value: "0.5400"));
        FactorLibrary.Load(new ValidationSnapshot(_cache), RepositoryFactors.Path, tree.Root);
        var library = FactorLibrary.Load(new ValidationSnapshot(_cache), RepositoryFactors.Path, tree.Root);
        using var definition = JsonDocument.Parse(Set("acme-2024", TestEdition, "ipcc/gwp/ar5").ToJsonString());

        var exception = Assert.Throws<FactorLibraryException>(() => library.ValidateSet(definition.RootElement, "custom set"));

        Assert.Contains("acme/grid/2024:national (acme/grid/2024/factors.json $.factors[0])", Assert.Single(exception.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Images_of_an_older_format_version_count_against_the_cache_limit_and_are_pruned()
    {
        Directory.CreateDirectory(_cache);
        var old = DateTime.UtcNow.AddDays(-30);
        var olderVersion = Enumerable.Range(0, CatalogueSnapshot.MaxImages)
            .Select(i => Path.Join(_cache, $"factor-catalogue.v1.{i:x16}.bin"))
            .ToList();
        foreach (var (path, i) in olderVersion.Select((p, i) => (p, i)))
        {
            File.WriteAllBytes(path, [1, 2, 3]);
            File.SetLastWriteTimeUtc(path, old.AddMinutes(i));
        }

        Load();

        // The new image makes nine: the oldest of the older version's goes, the other seven stay.
        Assert.True(File.Exists(Image));
        Assert.False(File.Exists(olderVersion[0]));
        Assert.All(olderVersion.Skip(1), path => Assert.True(File.Exists(path), path));
        Assert.Equal(CatalogueSnapshot.MaxImages, Directory.GetFiles(_cache, CatalogueSnapshot.AnyVersionPattern).Length);
    }

    [Fact]
    public void Snapshots_off_writes_no_image()
    {
        LoadWithoutSnapshots();

        Assert.False(Directory.Exists(_cache));
    }

    // Everything a caller can see of a library, in order, as text.
    internal static string Describe(FactorLibrary library)
    {
        var text = new StringBuilder();
        void Line(params object?[] parts) => text.AppendLine(string.Join(" | ", parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture) ?? "null")));

        Line("directories", string.Join(",", library.Directories));
        foreach (var e in library.Editions)
        {
            Line("edition", e.Path, e.Publisher, e.Title, e.DocumentNumber, e.PublishedOn, e.Source, e.Licence, e.Note);
        }

        foreach (var f in library.Factors)
        {
            var a = f.Applicability;
            var (file, path) = library.Locations[f];
            Line("factor", f.Id, f.Parameter, f.Basis, f.Value.Value, f.Value.Unit.Symbol, f.Value.Unit.Name, f.Value.Unit.Dimension, f.Value.Unit.Caveat,
                f.Value.Unit.CalorificBasis, f.Gas, f.GwpBasis, a.Carrier, a.Region, a.DataYear, a.ReportingYearFrom, a.ReportingYearTo, a.Ch4Convention,
                f.Verification, f.Source, f.Note, f.Edition.Path, f.Uncertainty?.Lower, f.Uncertainty?.Upper, f.Uncertainty?.Source,
                f.Uncertainty?.Verification, file, path);
        }

        foreach (var b in library.Blends)
        {
            var (file, path) = library.Locations[b];
            Line("blend", b.Id, b.Name, string.Join(",", b.Components.Select(c => $"{c.Gas}={c.MassFraction}")), b.Verification, b.Source, b.Edition.Path, file, path);
        }

        foreach (var s in library.Sets)
        {
            Line("set", s.Id, s.Title, s.Description, string.Join(",", s.Editions), s.Method, s.Gwp, s.Ch4Convention, s.NaturalGasRow,
                s.ElectricityLocationBasis, s.ElectricityResidualBasis, s.Fallbacks.RegionToNational, s.Fallbacks.EarlierDataYear, s.ReportingYear,
                string.Join(",", s.Factors.Select(f => f.Id)), string.Join(",", s.Blends.Select(b => b.Id)), s.ContentHash, string.Join(",", s.DefaultFor));
        }

        return text.ToString();
    }
}
