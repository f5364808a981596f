using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Factors.Loading;
using static Emissions.Factors.Tests.FactorJson;

namespace Emissions.Factors.Tests;

/// <summary>
/// FactorLibrary.ValidateSet: one set definition (an organisation's custom set) checked against an
/// already-loaded library with the same schema and rules as factors/sets/*.json.
/// </summary>
public class SetValidationTests
{
    private const string Source = "custom set";

    private static FactorSet Validate(FactorLibrary library, JsonNode definition)
    {
        using var document = JsonDocument.Parse(definition.ToJsonString());
        return library.ValidateSet(document.RootElement, Source);
    }

    private static FactorLibraryException Fails(FactorLibrary library, JsonNode definition) =>
        Assert.Throws<FactorLibraryException>(() => Validate(library, definition));

    private static JsonObject Shipped(string id) => JsonNode.Parse(File.ReadAllText(Path.Join(RepositoryFactors.Path, "sets", id + ".json")))!.AsObject();

    [Theory]
    [InlineData("cn-2020")]
    [InlineData("cn-2022")]
    [InlineData("ipcc-2006-ar5")]
    [InlineData("uk-desnz-2024")]
    public void A_shipped_definition_validates_to_the_same_set_and_content_hash(string id)
    {
        var shipped = RepositoryFactors.Library.GetSet(id);

        var set = Validate(RepositoryFactors.Library, Shipped(id));

        Assert.Equal(shipped.ContentHash, set.ContentHash);
        Assert.Equal(shipped.Editions, set.Editions);
        Assert.Equal(shipped.Factors.Select(f => f.Id), set.Factors.Select(f => f.Id));
    }

    [Fact]
    public void The_same_definition_gives_the_same_hash_every_time_and_the_id_is_part_of_it()
    {
        var definition = Shipped("cn-2020");
        definition["id"] = "acme-2020";
        definition["title"] = "Acme, 2020";

        var first = Validate(RepositoryFactors.Library, definition);
        var second = Validate(RepositoryFactors.Library, definition.DeepClone());
        definition["description"] = "Reworded: titles and descriptions cannot change a result.";
        var reworded = Validate(RepositoryFactors.Library, definition);

        Assert.Equal("acme-2020", first.Id);
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(first.ContentHash, reworded.ContentHash);
        Assert.NotEqual(RepositoryFactors.Library.GetSet("cn-2020").ContentHash, first.ContentHash);
    }

    [Fact]
    public void A_missing_edition_is_an_error_at_its_index_naming_the_source()
    {
        var definition = Shipped("cn-2020");
        definition["editions"]!.AsArray().Add("cn-mee/electricity/2019");

        var exception = Fails(RepositoryFactors.Library, definition);

        var error = Assert.Single(exception.Errors);
        Assert.Equal(Source, error.File);
        Assert.Equal("$.editions[6]", error.Path);
        Assert.Contains("edition 'cn-mee/electricity/2019' does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_violations_are_all_reported_with_their_paths()
    {
        var definition = Shipped("cn-2020");
        definition.Remove("title");
        definition["gwp"] = "AR3";
        definition["extra"] = 1;

        var exception = Fails(RepositoryFactors.Library, definition);

        Assert.Equal(["$.extra", "$.gwp", "$.title"], exception.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Conventions_the_editions_cannot_satisfy_are_errors()
    {
        var definition = Shipped("cn-2020");
        definition["gwp"] = "AR6";
        definition.Remove("naturalGasRow");

        var exception = Fails(RepositoryFactors.Library, definition);

        Assert.Contains(exception.Errors, e => e.Path == "$.gwp" && e.Message.Contains("AR6 GWP values", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, e => e.Path == "$.naturalGasRow" && e.Message.Contains("gbt-2589", StringComparison.Ordinal));
    }

    [Fact]
    public void Overlapping_editions_are_an_error_naming_both_factors_by_their_relative_file()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Factor("national"), Factor("national-again", value: "0.5400"));
        var library = FactorLibrary.Load(RepositoryFactors.Path, tree.Root);

        var exception = Fails(library, Set("acme-2024", TestEdition, "ipcc/gwp/ar5"));

        var error = Assert.Single(exception.Errors);
        Assert.Equal("$.editions", error.Path);
        Assert.Contains("overlapping applicability in set acme-2024", error.Message, StringComparison.Ordinal);
        Assert.Contains("acme/grid/2024:national (acme/grid/2024/factors.json $.factors[0])", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(tree.Root, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_that_is_not_an_object_is_one_error_at_the_root()
    {
        using var document = JsonDocument.Parse("[1]");
        var exception = Assert.Throws<FactorLibraryException>(() => RepositoryFactors.Library.ValidateSet(document.RootElement, Source));
        Assert.Equal("$", Assert.Single(exception.Errors).Path);
    }
}
