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

    private const string YearList = "an array of at least 2 item(s), each an integer from 1900 to 2100";

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
        Assert.Equal(new SchemaViolation("$.years[0]", "expected integer, found the number 2021.5", "2021.5", "an integer from 1900 to 2100", SaysExpected: true), violation);
    }

    [Fact]
    public void Ref_into_defs_applies_minimum_and_maximum_with_the_item_path()
    {
        var violations = Check("""{"kind": "grid", "years": [1899, 2101]}""");
        Assert.Equal(
            new[]
            {
                new SchemaViolation("$.years[0]", "1899 is below the minimum 1900", "1899", "an integer from 1900 to 2100", SaysExpected: true),
                new SchemaViolation("$.years[1]", "2101 is above the maximum 2100", "2101", "an integer from 1900 to 2100", SaysExpected: true),
            },
            violations);
    }

    [Fact]
    public void Const_min_items_and_type_lists_are_checked()
    {
        var violations = Check("""{"kind": "heat", "years": [2021], "label": 3}""");
        Assert.Equal(
            new[]
            {
                new SchemaViolation("$.kind", "expected \"grid\", found the string 'heat'", "heat", "\"grid\"", SaysExpected: true),
                new SchemaViolation("$.years", "expected at least 2 item(s), found 1", "[2021]", YearList, SaysExpected: true),
                new SchemaViolation("$.label", "expected string or null, found the number 3", "3", "a string or null", SaysExpected: true),
            },
            violations);
    }

    [Fact]
    public void Wrong_root_type_stops_at_the_root()
    {
        var violation = Assert.Single(Check("[]"));
        Assert.Equal(new SchemaViolation("$", "expected object, found an array", "[]", "an object with kind, years, label", SaysExpected: true), violation);
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
        Assert.Equal(new SchemaViolation("$", "expected at most 2 item(s), found 3", "[1, 2, 3]", "an array of at most 2 item(s)", SaysExpected: true), violation);
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
                new SchemaViolation("$.kind", "required property 'kind' is missing", null, "\"grid\""),
                new SchemaViolation("$.years", "expected at least 2 item(s), found 1", "[2021]", YearList, SaysExpected: true),
                new SchemaViolation("$.label", "expected string or null, found the number 1", "1", "a string or null", SaysExpected: true),
            },
            violations);
    }

    [Fact]
    public void Ref_outside_defs_is_rejected_when_the_schema_is_loaded()
    {
        var error = Assert.Throws<InvalidOperationException>(() => JsonSchemaValidator.Parse("""{"$ref": "#/$defs/missing"}"""));
        Assert.Contains("#/$defs/missing", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind": "grid", "years": [2021, 2022], "publishedOn": "2024-13-01"}""", "2024-13-01", "a date YYYY-MM-DD (or YYYY-MM, or YYYY)")]
    [InlineData("""{"kind": "grid", "years": [2021, 2022], "unit": "tCO2/MWH"}""", "tCO2/MWH", "one of 'tCO2/MWh', 'kgCO2/kWh'")]
    [InlineData("""{"kind": "grid", "years": [2021, 2022], "note": "   "}""", "   ", "a string that is not blank")]
    [InlineData("""{"kind": "grid", "years": [2021, 2022], "share": -0.5}""", "-0.5", "a number ≥ 0")]
    [InlineData("""{"kind": "grid", "years": [2021, 2022], "code": "R-x"}""", "R-x", "a string matching the pattern ^R-[0-9]+$")]
    public void A_violation_quotes_the_value_found_and_says_in_words_what_was_expected(string json, string value, string expected)
    {
        const string schema = """
            {
              "type": "object",
              "properties": {
                "kind": { "const": "grid" },
                "years": { "type": "array" },
                "publishedOn": { "type": "string", "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$" },
                "unit": { "type": "string", "enum": ["tCO2/MWh", "kgCO2/kWh"] },
                "note": { "type": "string", "pattern": "\\S" },
                "share": { "type": "number", "minimum": 0 },
                "code": { "type": "string", "pattern": "^R-[0-9]+$" }
              }
            }
            """;
        using var document = JsonDocument.Parse(json);
        var violation = Assert.Single(JsonSchemaValidator.Parse(schema).Validate(document.RootElement));
        Assert.Equal(value, violation.Value);
        Assert.Equal(expected, violation.Expected);
    }

    [Fact]
    public void A_value_longer_than_80_characters_is_quoted_cut_to_77_and_an_ellipsis()
    {
        var violation = Assert.Single(Check($$"""{"kind": "{{new string('x', 200)}}", "years": [2021, 2022]}"""));
        Assert.Equal(new string('x', 77) + "...", violation.Value);
    }

    [Fact]
    public void An_unknown_property_quotes_its_value_and_expects_one_of_the_known_properties()
    {
        var violation = Assert.Single(Check("""{"kind": "grid", "years": [2021, 2022], "base": "cn-2020"}"""));
        Assert.Equal(new SchemaViolation("$.base", "property 'base' is not allowed here (allowed: kind, years, label)", "cn-2020", "one of the properties kind, years, label", SaysExpected: true), violation);
    }
}
