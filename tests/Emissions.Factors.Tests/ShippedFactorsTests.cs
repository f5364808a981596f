using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Factors.Loading;
using Emissions.Quantities;

namespace Emissions.Factors.Tests;

/// <summary>The data in the repository's factors/ directory, as the loader reads it.</summary>
public class ShippedFactorsTests
{
    /// <summary>
    /// The content hash of every shipped set. A set pins published results, so a change here must
    /// be deliberate: a corrected value belongs in a new edition and a new set, not in an old one.
    /// </summary>
    public static TheoryData<string, string> PinnedHashes => new()
    {
        { "cn-2020", "a9ade1a28ae3025a78e30cb54212da77f0e12299462198337e06d9a38f3b77a6" },
        { "cn-2021", "176d60e18fbbb19e69e1de0d0691d8627aa5e85c57a9054231045b0e3ba3093f" },
        { "cn-2022", "791dd7eeec65ab308ba0125357ac6af467b641c86f45d9b13108625188cd9a94" },
        { "cn-2023", "619ccf8e4e8b008b725f0596a7ce47e1744575548d958bf1574ecbeb3b53a913" },
        { "cn-ets-2022", "2b4bc264138860c306ed9d5860f83f011d9a9995a0b0807a2bd3dec7c398f1c2" },
        { "ipcc-2006-ar5", "5728742c31a7f7e68f5d58103d92eba6ce276fcc94365043c1eb287bfa63b076" },
        { "uk-desnz-2024", "362f273b938d05cf44f2810013e91d25677ad9b00becb0c983ca6a11d8b04bd3" },
        { "us-eia-2023", "26ce6ea3a816fbd280ab211dfff0b632aa3b138050b81d107ab63e9bbae4c20b" },
    };

    [Fact]
    public void Every_shipped_file_validates()
    {
        // Without the validation snapshot: every file against its schema, whatever earlier runs saw.
        var exception = Record.Exception(() => FactorLibrary.Load(ValidationSnapshot.Off(), RepositoryFactors.Path));
        Assert.True(exception is null, exception?.Message);
    }

    [Fact]
    public void Shipped_tree_holds_26_editions_139_factors_one_blend_and_8_sets()
    {
        var library = RepositoryFactors.Library;

        Assert.Equal(26, library.Editions.Count);
        Assert.Equal(139, library.Factors.Count);
        Assert.Equal("R-410A", Assert.Single(library.Blends).Name);
        Assert.Equal(8, library.Sets.Count);
    }

    [Fact]
    public void Ids_are_unique_across_the_tree()
    {
        var ids = RepositoryFactors.Library.Factors.Select(f => f.Id).Concat(RepositoryFactors.Library.Blends.Select(b => b.Id)).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_id_starts_with_its_edition_folder()
    {
        Assert.All(RepositoryFactors.Library.Factors, f => Assert.StartsWith(f.Edition.Path + ":", f.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_shipped_value_and_unit_parse_and_suit_the_parameter()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFactors.Path, "factors.json", SearchOption.AllDirectories))
        {
            var factors = JsonNode.Parse(File.ReadAllText(file))!["factors"]!.AsArray();
            foreach (var factor in factors)
            {
                var measurement = Measurement.Parse(factor!["value"]!.GetValue<string>(), factor["unit"]!.GetValue<string>());
                var parameter = FactorParameterNames.Parse(factor["parameter"]!.GetValue<string>());
                Assert.Null(ParameterUnitKinds.Check(parameter, measurement.Unit));
            }
        }
    }

    [Fact]
    public void Every_unit_in_the_schemas_closed_list_parses()
    {
        foreach (var unit in SchemaEnum("factors", "unit"))
        {
            var exception = Record.Exception(() => Unit.Parse(unit));
            Assert.True(exception is null, $"'{unit}': {exception?.Message}");
        }
    }

    [Fact]
    public void Schema_carriers_equal_the_closed_carrier_list() =>
        Assert.Equal(Carriers.All, SchemaEnum("factors", "carrier"));

    [Fact]
    public void Schema_parameters_equal_the_parameter_wire_names() =>
        Assert.Equal(FactorParameterNames.All.Order(StringComparer.Ordinal), SchemaEnum("factors", "parameter").Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("manifest")]
    [InlineData("factors")]
    [InlineData("blends")]
    [InlineData("set")]
    public void Compiled_schema_equals_the_file_in_factors_schema(string name) =>
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryFactors.Path, "schema", $"{name}.schema.json")), SchemaCatalog.Text(name));

    [Theory]
    [MemberData(nameof(PinnedHashes))]
    public void Content_hash_of_each_shipped_set_is_pinned(string set, string hash) =>
        Assert.Equal(hash, RepositoryFactors.Library.GetSet(set).ContentHash);

    [Fact]
    public void Content_hash_is_the_same_on_a_second_load()
    {
        var first = FactorLibrary.Load(RepositoryFactors.Path).Sets.Select(s => (s.Id, s.ContentHash)).ToList();
        var second = FactorLibrary.Load(RepositoryFactors.Path).Sets.Select(s => (s.Id, s.ContentHash)).ToList();

        Assert.Equal(first, second);
        Assert.All(first, s => Assert.Matches("^[0-9a-f]{64}$", s.ContentHash));
    }

    [Fact]
    public void One_digit_edit_changes_the_hash_of_exactly_the_sets_that_include_the_factor()
    {
        using var copy = TempFactorTree.CopyOfRepository();
        var file = copy.Path("cn-mee/electricity/2022/factors.json");
        var text = File.ReadAllText(file);
        Assert.Contains("\"0.5366\"", text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace("\"0.5366\"", "\"0.5367\"", StringComparison.Ordinal));

        var edited = FactorLibrary.Load(copy.Root);

        var changed = RepositoryFactors.Library.Sets
            .Where(s => s.ContentHash != edited.GetSet(s.Id).ContentHash)
            .Select(s => s.Id)
            .ToList();
        Assert.Equal(new[] { "cn-2022", "ipcc-2006-ar5" }, changed);
    }

    [Fact]
    public void Hash_ignores_titles_descriptions_and_notes()
    {
        using var copy = TempFactorTree.CopyOfRepository();
        var file = copy.Path("sets/cn-2022.json");
        var set = JsonNode.Parse(File.ReadAllText(file))!;
        set["description"] = "Reworded description.";
        File.WriteAllText(file, set.ToJsonString());

        Assert.Equal(RepositoryFactors.Library.GetSet("cn-2022").ContentHash, FactorLibrary.Load(copy.Root).GetSet("cn-2022").ContentHash);
    }

    [Theory]
    [InlineData("AR4", "2087.5")]
    [InlineData("AR5", "1923.5")]
    [InlineData("AR6", "2255.5")]
    public void R410A_gwp_from_the_shipped_tables(string ar, string expected)
    {
        using var extra = new TempFactorTree();
        var set = FactorJson.Set($"r410a-{ar.ToLowerInvariant()}", "cn-mee/electricity/2022", $"ipcc/gwp/{ar.ToLowerInvariant()}", "blends/refrigerants/2024");
        set["gwp"] = ar;
        extra.Write($"sets/r410a-{ar.ToLowerInvariant()}.json", set);

        var library = FactorLibrary.Load(RepositoryFactors.Path, extra.Root);
        var resolution = library.CreateResolver($"r410a-{ar.ToLowerInvariant()}").ResolveGwp("R-410A");

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), resolution.Factor.Value.Value);
        Assert.Contains($"ipcc/gwp/{ar.ToLowerInvariant()}:hfc-32", resolution.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Verification_statuses_per_edition_match_the_readme_table()
    {
        var counts = RepositoryFactors.Library.Factors
            .GroupBy(f => f.Edition.Path)
            .ToDictionary(
                g => g.Key,
                g => (g.Count(f => f.Verification == VerificationStatus.Confirmed), g.Count(f => f.Verification == VerificationStatus.Secondary), g.Count(f => f.Verification == VerificationStatus.Unverified)));

        Assert.Equal((20, 0, 0), counts["cn-mee/electricity/2022"]);
        Assert.Equal((0, 12, 3), counts["cn-guideline/fuels/2024"]);
        Assert.Equal((1, 13, 1), counts["gbt-2589/calorific/2008-annex-a"]);
        Assert.Equal((12, 19, 0), counts["ipcc/stationary-combustion/2006"]);
        Assert.Equal((1, 8, 0), counts["ipcc/gwp/ar5"]);
        Assert.Equal((0, 0, 1), counts["popular/forest-absorption/2007"]);
    }

    private static List<string> SchemaEnum(string schema, string property)
    {
        using var document = JsonDocument.Parse(SchemaCatalog.Text(schema));
        var defs = document.RootElement.GetProperty("$defs");
        foreach (var def in defs.EnumerateObject())
        {
            if (def.Value.TryGetProperty("properties", out var properties) && properties.TryGetProperty(property, out var p) && p.TryGetProperty("enum", out var values))
            {
                return [.. values.EnumerateArray().Select(v => v.GetString()!)];
            }
        }

        throw new InvalidOperationException($"{schema}.schema.json has no enum for {property}");
    }
}
