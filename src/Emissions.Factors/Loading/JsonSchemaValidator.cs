using System.Text.Json;
using System.Text.RegularExpressions;

namespace Emissions.Factors.Loading;

/// <summary>
/// A small JSON Schema (draft 2020-12) validator for exactly the keywords factors/schema uses:
/// type, properties, required, additionalProperties, enum, const, pattern, items, minItems,
/// minimum, maximum and $ref to #/$defs/…; $schema, $id, $defs, title and description are
/// annotations. Any other keyword in a schema is rejected when the validator is built, so a
/// schema can never rely on a rule that is silently not checked.
/// <para>
/// Why in-house: no JSON Schema package restores from the registry these machines reach
/// (JsonSchema.Net needs JsonPointer.Net, NJsonSchema needs Namotion.Reflection; neither is served).
/// </para>
/// </summary>
internal sealed class JsonSchemaValidator
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal) { "$schema", "$id", "$defs", "title", "description" };

    private static readonly HashSet<string> Assertions = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "enum", "const", "pattern", "items", "minItems", "minimum", "maximum", "$ref",
    };

    private readonly JsonElement _schema;
    private readonly Dictionary<string, Regex> _patterns = new(StringComparer.Ordinal);
    private readonly bool _built;

    public JsonSchemaValidator(JsonElement schema)
    {
        _schema = schema.Clone();
        CheckKeywords(_schema, JsonPathText.Root);
        _built = true;
    }

    public static JsonSchemaValidator Parse(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new JsonSchemaValidator(document.RootElement);
    }

    /// <summary>Every violation in <paramref name="instance"/>, in document order; empty when it is valid.</summary>
    public IReadOnlyList<SchemaViolation> Validate(JsonElement instance)
    {
        var violations = new List<SchemaViolation>();
        Validate(_schema, instance, JsonPathText.Root, violations);
        return violations;
    }

    private void Validate(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (schema.ValueKind == JsonValueKind.False)
        {
            violations.Add(new SchemaViolation(path, "no value is allowed here"));
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Validate(Resolve(reference.GetString()!), instance, path, violations);
        }

        if (schema.TryGetProperty("type", out var type) && !HasType(instance, type))
        {
            violations.Add(new SchemaViolation(path, $"expected {TypeNames(type)}, found {Describe(instance)}"));
            return;
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, instance))
        {
            violations.Add(new SchemaViolation(path, $"expected {constant.GetRawText()}, found {Describe(instance)}"));
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(value => JsonElement.DeepEquals(value, instance)))
        {
            violations.Add(new SchemaViolation(path, EnumMessage(instance, allowed)));
        }

        if (instance.ValueKind == JsonValueKind.String && schema.TryGetProperty("pattern", out var pattern))
        {
            var text = instance.GetString()!;
            if (!Pattern(pattern.GetString()!).IsMatch(text))
            {
                violations.Add(new SchemaViolation(path, $"'{text}' does not match the pattern {pattern.GetString()}"));
            }
        }

        if (instance.ValueKind == JsonValueKind.Number)
        {
            CheckRange(schema, instance, path, violations);
        }

        if (instance.ValueKind == JsonValueKind.Array)
        {
            CheckArray(schema, instance, path, violations);
        }

        if (instance.ValueKind == JsonValueKind.Object)
        {
            CheckObject(schema, instance, path, violations);
        }
    }

    private void CheckObject(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties);
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(n => n.GetString()!))
            {
                if (!instance.TryGetProperty(name, out _))
                {
                    violations.Add(new SchemaViolation(JsonPathText.Property(path, name), $"required property '{name}' is missing"));
                }
            }
        }

        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in instance.EnumerateObject())
        {
            var childPath = JsonPathText.Property(path, property.Name);
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Validate(propertySchema, property.Value, childPath, violations);
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.False)
            {
                var known = hasProperties ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name)) : "none";
                violations.Add(new SchemaViolation(childPath, $"property '{property.Name}' is not allowed here (allowed: {known})"));
            }
            else if (hasAdditional && additional.ValueKind == JsonValueKind.Object)
            {
                Validate(additional, property.Value, childPath, violations);
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        var count = instance.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            violations.Add(new SchemaViolation(path, $"expected at least {minItems.GetInt32()} item(s), found {count}"));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in instance.EnumerateArray())
            {
                Validate(items, item, JsonPathText.Index(path, index++), violations);
            }
        }
    }

    private static void CheckRange(JsonElement schema, JsonElement instance, string path, List<SchemaViolation> violations)
    {
        if (!instance.TryGetDecimal(out var value))
        {
            violations.Add(new SchemaViolation(path, $"number {instance.GetRawText()} is out of range"));
            return;
        }

        if (schema.TryGetProperty("minimum", out var minimum) && value < minimum.GetDecimal())
        {
            violations.Add(new SchemaViolation(path, $"{instance.GetRawText()} is below the minimum {minimum.GetRawText()}"));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && value > maximum.GetDecimal())
        {
            violations.Add(new SchemaViolation(path, $"{instance.GetRawText()} is above the maximum {maximum.GetRawText()}"));
        }
    }

    private static bool HasType(JsonElement instance, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => HasType(instance, t.GetString()!))
            : HasType(instance, type.GetString()!);

    private static bool HasType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        "number" => instance.ValueKind == JsonValueKind.Number,

        // JSON Schema counts 2021.0 as an integer: the test is on the value, not the spelling.
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        _ => false,
    };

    private static string TypeNames(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? string.Join(" or ", type.EnumerateArray().Select(t => t.GetString())) : type.GetString()!;

    private static string Describe(JsonElement instance) => instance.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string '{instance.GetString()}'",
        JsonValueKind.Number => $"the number {instance.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {instance.GetRawText()}",
        _ => "null",
    };

    private static string EnumMessage(JsonElement instance, JsonElement allowed)
    {
        var values = allowed.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? $"'{v.GetString()}'" : v.GetRawText()).ToList();
        var shown = instance.ValueKind == JsonValueKind.String ? $"'{instance.GetString()}'" : instance.GetRawText();
        var hint = "";
        if (instance.ValueKind == JsonValueKind.String)
        {
            var text = instance.GetString()!;
            var nearest = allowed.EnumerateArray()
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString()!)
                .Select(v => (Value: v, Distance: Emissions.Quantities.EditDistance.Between(text, v)))
                .Where(x => x.Distance <= Math.Max(2, text.Length / 3))
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Value, StringComparer.Ordinal)
                .FirstOrDefault();
            hint = nearest.Value is null ? "" : $"; did you mean '{nearest.Value}'?";
        }

        return $"{shown} is not one of the allowed values{hint} (allowed: {string.Join(", ", values)})";
    }

    // Every pattern is compiled by CheckKeywords in the constructor, so Validate only reads this
    // cache: one validator can be shared by concurrent loads.
    private Regex Pattern(string pattern)
    {
        if (!_patterns.TryGetValue(pattern, out var regex))
        {
            if (_built)
            {
                throw new InvalidOperationException($"pattern {pattern} was not compiled when the schema was loaded");
            }

            regex = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            _patterns.Add(pattern, regex);
        }

        return regex;
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal) ||
            !_schema.TryGetProperty("$defs", out var defs) ||
            !defs.TryGetProperty(reference[prefix.Length..], out var target))
        {
            throw new InvalidOperationException($"schema $ref '{reference}' does not name an entry of #/$defs");
        }

        return target;
    }

    /// <summary>Rejects keywords this validator does not implement, and $refs that do not resolve, before any document is checked.</summary>
    private void CheckKeywords(JsonElement schema, string path)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidOperationException($"schema at {path} is neither an object nor a boolean");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var at = JsonPathText.Property(path, keyword.Name);
            if (!Annotations.Contains(keyword.Name) && !Assertions.Contains(keyword.Name))
            {
                throw new InvalidOperationException($"schema keyword '{keyword.Name}' at {at} is not supported by this validator");
            }

            switch (keyword.Name)
            {
                case "$defs":
                case "properties":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value, JsonPathText.Property(at, child.Name));
                    }

                    break;
                case "items":
                case "additionalProperties":
                    CheckKeywords(keyword.Value, at);
                    break;
                case "$ref":
                    Resolve(keyword.Value.GetString() ?? "");
                    break;
                case "pattern":
                    Pattern(keyword.Value.GetString() ?? "");
                    break;
                case "minimum":
                case "maximum":
                    _ = keyword.Value.GetDecimal();
                    break;
                case "minItems":
                    _ = keyword.Value.GetInt32();
                    break;
                default:
                    break;
            }
        }
    }
}
