using System.Text.Json;
using Emissions.Factors.Loading;

namespace Emissions.Factors.Tests;

public class JsonSchemaValidatorTests
{
    private const string Schema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "$id": "test",
          "title": "test",
          "type": "object",
          "additionalProperties": false,
          "required": ["kind", "years"],
          "properties": {
            "kind": { "const": "grid" },
            "years": { "type": "array", "minItems": 2, "items": { "$ref": "#/$defs/year" } },
            "label": { "type": ["string", "null"] }
          },
          "$defs": { "year": { "type": "integer", "minimum": 1900, "maximum": 2100 } }
        }
        """;

    private static IReadOnlyList<SchemaViolation> Check(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSchemaValidator.Parse(Schema).Validate(document.RootElement);
    }

    [Fact]
    public void Valid_document_has_no_violations() =>
        Assert.Empty(Check("""{"kind": "grid", "years": [2021, 2022], "label": null}"""));

    [Fact]
    public void Integer_written_with_a_zero_fraction_is_an_integer() =>
        Assert.Empty(Check("""{"kind": "grid", "years": [2021.0, 2022]}"""));

    [Fact]
    public void Fractional_number_is_not_an_integer()
    {
        var violation = Assert.Single(Check("""{"kind": "grid", "years": [2021.5, 2022]}"""));
        Assert.Equal(new SchemaViolation("$.years[0]", "expected integer, found the number 2021.5"), violation);
    }

    [Fact]
    public void Ref_into_defs_applies_minimum_and_maximum_with_the_item_path()
    {
        var violations = Check("""{"kind": "grid", "years": [1899, 2101]}""");
        Assert.Equal(
            new[] { new SchemaViolation("$.years[0]", "1899 is below the minimum 1900"), new SchemaViolation("$.years[1]", "2101 is above the maximum 2100") },
            violations);
    }

    [Fact]
    public void Const_min_items_and_type_lists_are_checked()
    {
        var violations = Check("""{"kind": "heat", "years": [2021], "label": 3}""");
        Assert.Equal(
            new[]
            {
                new SchemaViolation("$.kind", "expected \"grid\", found the string 'heat'"),
                new SchemaViolation("$.years", "expected at least 2 item(s), found 1"),
                new SchemaViolation("$.label", "expected string or null, found the number 3"),
            },
            violations);
    }

    [Fact]
    public void Wrong_root_type_stops_at_the_root()
    {
        var violation = Assert.Single(Check("[]"));
        Assert.Equal(new SchemaViolation("$", "expected object, found an array"), violation);
    }

    [Fact]
    public void Property_names_that_are_not_identifiers_are_quoted_in_the_path()
    {
        var violation = Assert.Single(Check("""{"kind": "grid", "years": [2021, 2022], "data year": 1}"""));
        Assert.Equal("$['data year']", violation.Path);
    }

    [Fact]
    public void Keywords_beyond_the_old_subset_are_checked_too()
    {
        using var document = JsonDocument.Parse("[1, 2, 3]");
        var violation = Assert.Single(JsonSchemaValidator.Parse("""{"type": "array", "maxItems": 2}""").Validate(document.RootElement));
        Assert.Equal(new SchemaViolation("$", "expected at most 2 item(s), found 3"), violation);
    }

    [Fact]
    public void Number_beyond_decimal_is_refused_by_type_and_range_without_an_exception()
    {
        var violations = Check("""{"kind": "grid", "years": [1e400, 2022]}""");
        Assert.Contains(violations, v => v.Path == "$.years[0]");
    }

    [Fact]
    public void Missing_required_property_is_named_at_its_own_path_before_the_object_s_other_violations()
    {
        var violations = Check("""{"years": [2021], "label": 1}""");
        Assert.Equal(
            new[]
            {
                new SchemaViolation("$.kind", "required property 'kind' is missing"),
                new SchemaViolation("$.years", "expected at least 2 item(s), found 1"),
                new SchemaViolation("$.label", "expected string or null, found the number 1"),
            },
            violations);
    }

    [Fact]
    public void Ref_outside_defs_is_rejected_when_the_schema_is_loaded()
    {
        var error = Assert.Throws<InvalidOperationException>(() => JsonSchemaValidator.Parse("""{"$ref": "#/$defs/missing"}"""));
        Assert.Contains("#/$defs/missing", error.Message, StringComparison.Ordinal);
    }
}
