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

    [Fact]
    public void Schema_violations_quote_the_value_found_and_what_was_expected()
    {
        var definition = Shipped("cn-2020");
        definition["title"] = "   ";
        definition["gwp"] = "AR3";
        definition["reportingYear"] = "lots";
        definition.Remove("description");

        var errors = Fails(RepositoryFactors.Library, definition).Errors.ToDictionary(e => e.Path);

        Assert.Equal(("   ", "a string that is not blank"), (errors["$.title"].Value, errors["$.title"].Expected));
        Assert.Equal(("AR3", "one of 'AR4', 'AR5', 'AR6'"), (errors["$.gwp"].Value, errors["$.gwp"].Expected));
        Assert.Equal(("lots", "an integer from 1900 to 2100"), (errors["$.reportingYear"].Value, errors["$.reportingYear"].Expected));
        Assert.Equal((null, "a string that is not blank"), (errors["$.description"].Value, errors["$.description"].Expected));
    }

    [Fact]
    public void A_set_level_error_quotes_the_choice_and_expects_what_the_editions_have()
    {
        var definition = Shipped("cn-2020");
        definition["gwp"] = "AR6";
        definition.Remove("naturalGasRow");

        var errors = Fails(RepositoryFactors.Library, definition).Errors.ToDictionary(e => e.Path);

        Assert.Equal(("AR6", "one of 'AR5'"), (errors["$.gwp"].Value, errors["$.gwp"].Expected));
        Assert.Equal((null, "'oil-field' or 'gas-field'"), (errors["$.naturalGasRow"].Value, errors["$.naturalGasRow"].Expected));
    }

    [Fact]
    public void A_missing_edition_quotes_the_path_and_expects_an_edition_that_exists_nearby()
    {
        var definition = Shipped("cn-2020");
        definition["editions"]!.AsArray().Add("cn-mee/electricity/2019");

        var error = Assert.Single(Fails(RepositoryFactors.Library, definition).Errors);

        Assert.Equal("cn-mee/electricity/2019", error.Value);
        Assert.StartsWith("an edition that exists, e.g. cn-mee/electricity/", error.Expected, StringComparison.Ordinal);
    }

    [Fact]
    public void The_one_line_form_adds_what_was_expected_only_where_the_message_does_not_say_it()
    {
        var definition = Shipped("cn-2020");
        definition["title"] = "";
        definition["gwp"] = "AR3";

        var line = Fails(RepositoryFactors.Library, definition).OneLineMessage;

        Assert.Equal(
            "factor data has 2 errors: custom set: $.title: '' does not match the pattern \\S; expected a string that is not blank; " +
            "custom set: $.gwp: 'AR3' is not one of the allowed values; did you mean 'AR4'? (allowed: 'AR4', 'AR5', 'AR6')",
            line);
    }
}
