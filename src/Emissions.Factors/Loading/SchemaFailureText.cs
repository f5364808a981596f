using System.Globalization;
using System.Text.Json;
using Json.Schema;

namespace Emissions.Factors.Loading;

/// <summary>
/// Words JsonSchema.Net's failures as the project's errors: a JSONPath, the value found and what was expected
/// ("'tCO2/MWH' is not one of the allowed values; did you mean 'tCO2/MWh'?"). The library's own messages are kept
/// only for keywords worded nowhere here.
/// </summary>
internal static class SchemaFailureText
{
    // Keywords that only apply subschemas: their failures are the subschemas' own, reported where they occur.
    private static readonly HashSet<string> Applicators = new(StringComparer.Ordinal)
    {
        "$ref", "$dynamicRef", "properties", "patternProperties", "additionalProperties", "items", "prefixItems",
        "allOf", "dependentSchemas", "unevaluatedProperties", "unevaluatedItems", "contains", "propertyNames",
    };

    // The factor schemas' patterns in words; any other pattern is named as it is.
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal)
    {
        [@"\S"] = "a string that is not blank",
        [@"^[a-z0-9-]+$"] = "lowercase letters, digits and '-' only, e.g. acme-2022",
        [@"^[a-z0-9.-]+$"] = "lowercase letters, digits, '.' and '-' only, e.g. 2022",
        [@"^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9.-]+$"] = "an edition path publisher/dataset/edition, e.g. cn-mee/electricity/2022",
        [@"^[a-z0-9-]+/[a-z0-9-]+/[a-z0-9.-]+:[a-z0-9.-]+$"] = "a factor id publisher/dataset/edition:name, e.g. cn-mee/electricity/2022:north",
        [@"^[A-Z]{2}$"] = "a two-letter country code (ISO 3166-1 alpha-2), e.g. CN",
        [@"^R-[0-9]+[A-Z]?$"] = "a refrigerant number, e.g. R-410A",
        [@"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"] = "a date YYYY-MM-DD (or YYYY-MM, or YYYY)",
        [@"^-?[0-9]+(\.[0-9]+)?$"] = "a decimal number written as a string, e.g. \"0.5703\"",
        [@"^(0(\.[0-9]+)?|1(\.0+)?)$"] = "a fraction from 0 to 1 written as a string, e.g. \"0.25\"",
    };

    public static IReadOnlyList<SchemaViolation> Describe(EvaluationResults results, JsonElement instance, JsonElement schema)
    {
        var found = new List<(string Pointer, SchemaViolation Violation)>();
        foreach (var node in Failed(results))
        {

            var pointer = node.InstanceLocation.ToString();
            var at = Walk(instance, pointer);
            var subschema = Subschema(node, schema);
            if (at is not { } value)
            {
                continue;
            }

            var path = ToPath(instance, pointer);
            var evaluation = node.EvaluationPath.ToString();
            if (subschema is { ValueKind: JsonValueKind.False } || (ClosesObject(evaluation) && Follow(schema, evaluation) is { ValueKind: JsonValueKind.False }))
            {
                found.Add((pointer, NotAllowed(node, schema, pointer, path, value)));
                continue;
            }

            var errors = node.Errors ?? new Dictionary<string, string>();

            // A value of the wrong type is reported as that alone: its const, enum or range says nothing more.
            if (errors.ContainsKey("type") && subschema is { } typed && typed.TryGetProperty("type", out var type))
            {
                found.Add((pointer, new SchemaViolation(path, $"expected {TypeNames(type)}, found {Describe(value)}", ValueOf(value), ExpectedOf(typed, schema), SaysExpected: true)));
                continue;
            }

            foreach (var (keyword, message) in errors)
            {
                if (Applicators.Contains(keyword))
                {
                    continue;
                }

                foreach (var violation in Word(keyword, message, value, subschema, schema, path))
                {
                    found.Add((violation.Path == path ? pointer : pointer + "/", violation));
                }
            }
        }

        return InDocumentOrder(found, instance);
    }

    // The failed nodes of the result tree, parents first; a valid node's subtree is skipped, so the branches an anyOf
    // tried before one matched are not reported.
    private static IEnumerable<EvaluationResults> Failed(EvaluationResults node)
    {
        if (node.IsValid)
        {
            yield break;
        }

        yield return node;
        var parent = node.EvaluationPath.ToString();
        foreach (var child in node.Details ?? [])
        {
            // A branch of an anyOf or oneOf that did not fail as a whole is only a tried alternative.
            var step = child.EvaluationPath.ToString()[parent.Length..];
            var combinator = step.StartsWith("/anyOf/", StringComparison.Ordinal) ? "anyOf" : step.StartsWith("/oneOf/", StringComparison.Ordinal) ? "oneOf" : null;
            if (combinator is not null && node.Errors?.ContainsKey(combinator) != true)
            {
                continue;
            }

            foreach (var failed in Failed(child))
            {
                yield return failed;
            }
        }
    }

    private static IEnumerable<SchemaViolation> Word(string keyword, string library, JsonElement value, JsonElement? subschema, JsonElement schema, string path)
    {
        var rule = subschema is { ValueKind: JsonValueKind.Object } s && s.TryGetProperty(keyword, out var r) ? r : (JsonElement?)null;
        var found = ValueOf(value);
        switch (keyword)
        {
            case "required" when rule is { ValueKind: JsonValueKind.Array } names && value.ValueKind == JsonValueKind.Object:
                foreach (var name in names.EnumerateArray().Select(n => n.GetString()!).Where(n => !value.TryGetProperty(n, out _)))
                {
                    var property = subschema is { } owner && owner.TryGetProperty("properties", out var properties) && properties.TryGetProperty(name, out var p) ? p : (JsonElement?)null;
                    yield return new SchemaViolation(JsonPathText.Property(path, name), $"required property '{name}' is missing", null, ExpectedOf(property, schema) ?? $"a value for '{name}'");
                }

                yield break;
            case "const" when rule is { } constant:
                yield return new SchemaViolation(path, $"expected {constant.GetRawText()}, found {Describe(value)}", found, constant.GetRawText(), SaysExpected: true);
                yield break;
            case "enum" when rule is { ValueKind: JsonValueKind.Array } allowed:
                yield return new SchemaViolation(path, EnumMessage(value, allowed), found, OneOf(allowed), SaysExpected: true);
                yield break;
            case "pattern" when rule is { } pattern && value.ValueKind == JsonValueKind.String:
                yield return new SchemaViolation(path, $"'{value.GetString()}' does not match the pattern {pattern.GetString()}", found, PatternWords(pattern.GetString()!));
                yield break;
            case "minimum" when rule is { } minimum:
                yield return new SchemaViolation(path, $"{value.GetRawText()} is below the minimum {minimum.GetRawText()}", found, ExpectedOf(subschema, schema), SaysExpected: true);
                yield break;
            case "maximum" when rule is { } maximum:
                yield return new SchemaViolation(path, $"{value.GetRawText()} is above the maximum {maximum.GetRawText()}", found, ExpectedOf(subschema, schema), SaysExpected: true);
                yield break;
            case "minItems" when rule is { } minItems && value.ValueKind == JsonValueKind.Array:
                yield return new SchemaViolation(path, $"expected at least {minItems.GetRawText()} item(s), found {value.GetArrayLength()}", found, ExpectedOf(subschema, schema), SaysExpected: true);
                yield break;
            case "maxItems" when rule is { } maxItems && value.ValueKind == JsonValueKind.Array:
                yield return new SchemaViolation(path, $"expected at most {maxItems.GetRawText()} item(s), found {value.GetArrayLength()}", found, ExpectedOf(subschema, schema), SaysExpected: true);
                yield break;
            default:
                yield return new SchemaViolation(path, library, found, ExpectedOf(subschema, schema));
                yield break;
        }
    }

    /// <summary>A value under <c>false</c>: an unknown property (with the ones allowed), or a value where none may be.</summary>
    private static SchemaViolation NotAllowed(EvaluationResults node, JsonElement schema, string pointer, string path, JsonElement value)
    {
        var evaluation = node.EvaluationPath.ToString();
        var name = Unescape(pointer[(pointer.LastIndexOf('/') + 1)..]);
        if (ClosesObject(evaluation))
        {
            // The schema that owns the keyword, found along the evaluation path (through its $refs).
            var owner = Follow(schema, evaluation[..evaluation.LastIndexOf('/')]);
            var names = owner is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("properties", out var properties)
                ? properties.EnumerateObject().Select(p => p.Name).ToList()
                : [];
            var known = names.Count == 0 ? "none" : string.Join(", ", names);
            return new SchemaViolation(path, $"property '{name}' is not allowed here (allowed: {known})", ValueOf(value),
                names.Count == 0 ? "no property here" : $"one of the properties {known}", SaysExpected: true);
        }

        return new SchemaViolation(path, "no value is allowed here", ValueOf(value), "no value here", SaysExpected: true);
    }

    // The subschema a node evaluated. JsonSchema.Net 8.0.5 gives some nodes below `items` a schema location that names
    // nothing (…/items/factors); the evaluation path, followed through its $refs, finds the same subschema.
    private static JsonElement? Subschema(EvaluationResults node, JsonElement schema)
    {
        var located = Walk(schema, Uri.UnescapeDataString(node.SchemaLocation.Fragment.TrimStart('#')));
        IEnumerable<string> keywords = node.Errors is { } errors ? errors.Keys : [];
        return located is { ValueKind: JsonValueKind.Object } found && keywords.All(k => k.Length == 0 || found.TryGetProperty(k, out _))
            ? located
            : Follow(schema, node.EvaluationPath.ToString()) ?? located;
    }

    private static bool ClosesObject(string evaluation) =>
        evaluation.EndsWith("/additionalProperties", StringComparison.Ordinal) || evaluation.EndsWith("/unevaluatedProperties", StringComparison.Ordinal);

    /// <summary>The subschema an evaluation path leads to, following local <c>$ref</c>s (<c>#/$defs/…</c>) as the evaluator did.</summary>
    private static JsonElement? Follow(JsonElement root, string evaluation)
    {
        JsonElement? current = root;
        var previous = "";
        foreach (var raw in evaluation.Length == 0 ? [] : evaluation[1..].Split('/'))
        {
            if (current is not { } here)
            {
                return null;
            }

            var next = Unescape(raw) == "$ref" && here.ValueKind == JsonValueKind.Object && here.TryGetProperty("$ref", out var reference)
                && reference.GetString() is { } target && target.StartsWith('#')
                ? Walk(root, Uri.UnescapeDataString(target[1..]))
                : Walk(here, "/" + raw);

            // JsonSchema.Net 8.0.5 repeats an applicator's name in evaluation paths (/items/items): the repeat is no step.
            current = next is null && raw == previous ? here : next;
            previous = raw;
        }

        return current;
    }

    // Violations in the order their values occur in the document; a missing property sorts with its object.
    private static List<SchemaViolation> InDocumentOrder(List<(string Pointer, SchemaViolation Violation)> found, JsonElement instance)
    {
        if (found.Count < 2)
        {
            return [.. found.Select(f => f.Violation)];
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        Number(instance, "", order);
        return [.. found
            .Select((f, index) => (f.Violation, Key: order.GetValueOrDefault(f.Pointer.TrimEnd('/')), Missing: f.Pointer.EndsWith('/'), index))
            .OrderBy(f => f.Key)
            .ThenBy(f => f.Missing ? 0 : 1)
            .ThenBy(f => f.index)
            .Select(f => f.Violation)];
    }

    private static void Number(JsonElement element, string pointer, Dictionary<string, int> order)
    {
        order[pointer] = order.Count;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Number(property.Value, pointer + "/" + Escape(property.Name), order);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                Number(item, pointer + "/" + index++.ToString(CultureInfo.InvariantCulture), order);
            }
        }
    }

    /// <summary>The value a JSON Pointer (RFC 6901) names, or null when it names nothing.</summary>
    public static JsonElement? Walk(JsonElement root, string pointer)
    {
        var current = root;
        if (pointer.Length == 0)
        {
            return current;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = Unescape(raw);
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static string ToPath(JsonElement root, string pointer)
    {
        var path = JsonPathText.Root;
        var current = root;
        if (pointer.Length == 0)
        {
            return path;
        }

        foreach (var raw in pointer[1..].Split('/'))
        {
            var segment = Unescape(raw);
            if (current.ValueKind == JsonValueKind.Array)
            {
                var index = int.Parse(segment, NumberStyles.None, CultureInfo.InvariantCulture);
                path = JsonPathText.Index(path, index);
                current = current[index];
            }
            else
            {
                path = JsonPathText.Property(path, segment);
                current = current.GetProperty(segment);
            }
        }

        return path;
    }

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

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

    /// <summary>The value as a problem quotes it: a string as written, anything else as its JSON text; cut to 80 characters as the inventory reader cuts its values.</summary>
    private static string ValueOf(JsonElement value) =>
        Emissions.Inventory.JsonInput.Truncate(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText());

    /// <summary>
    /// What a subschema accepts, in words ("one of 'AR4', 'AR5', 'AR6'", "an integer from 1900 to 2100", "a date
    /// YYYY-MM-DD …"); null when it says nothing that can be put so. Local <c>$ref</c>s are followed.
    /// </summary>
    private static string? ExpectedOf(JsonElement? subschema, JsonElement root, int depth = 0)
    {
        if (subschema is not { ValueKind: JsonValueKind.Object } s || depth > 8)
        {
            return null;
        }

        if (!s.TryGetProperty("type", out _) && s.TryGetProperty("$ref", out var reference) && reference.GetString() is { } target && target.StartsWith('#'))
        {
            return ExpectedOf(Walk(root, Uri.UnescapeDataString(target[1..])), root, depth + 1);
        }

        foreach (var combinator in (ReadOnlySpan<string>)["anyOf", "oneOf"])
        {
            if (s.TryGetProperty(combinator, out var alternatives) && alternatives.ValueKind == JsonValueKind.Array)
            {
                var words = alternatives.EnumerateArray().Select(a => ExpectedOf(a, root, depth + 1)).ToList();
                return words.Contains(null) ? null : string.Join(" or ", words.Distinct(StringComparer.Ordinal));
            }
        }

        if (s.TryGetProperty("const", out var constant))
        {
            return constant.GetRawText();
        }

        if (s.TryGetProperty("enum", out var allowed) && allowed.ValueKind == JsonValueKind.Array)
        {
            return OneOf(allowed);
        }

        if (s.TryGetProperty("pattern", out var pattern) && pattern.GetString() is { } regex)
        {
            return PatternWords(regex);
        }

        var type = s.TryGetProperty("type", out var types) ? TypePhrase(types) : null;
        var hasMinimum = s.TryGetProperty("minimum", out var minimum);
        var hasMaximum = s.TryGetProperty("maximum", out var maximum);
        if (hasMinimum || hasMaximum)
        {
            var number = type ?? "a number";
            return hasMinimum && hasMaximum ? $"{number} from {minimum.GetRawText()} to {maximum.GetRawText()}"
                : hasMinimum ? $"{number} ≥ {minimum.GetRawText()}"
                : $"{number} ≤ {maximum.GetRawText()}";
        }

        if (type == "an array")
        {
            var hasMinItems = s.TryGetProperty("minItems", out var minItems);
            var hasMaxItems = s.TryGetProperty("maxItems", out var maxItems);
            var count = hasMinItems && hasMaxItems ? $" of {minItems.GetRawText()} to {maxItems.GetRawText()} item(s)"
                : hasMinItems ? $" of at least {minItems.GetRawText()} item(s)"
                : hasMaxItems ? $" of at most {maxItems.GetRawText()} item(s)"
                : "";
            var each = s.TryGetProperty("items", out var items) && ExpectedOf(items, root, depth + 1) is { } item ? $", each {item}" : "";
            return $"an array{count}{each}";
        }

        if (type == "an object" && s.TryGetProperty("properties", out var properties))
        {
            return $"an object with {string.Join(", ", properties.EnumerateObject().Select(p => p.Name))}";
        }

        return type;
    }

    private static string? TypePhrase(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => TypePhrase(type.GetString()!),
        JsonValueKind.Array => string.Join(" or ", type.EnumerateArray().Select(t => TypePhrase(t.GetString()!))),
        _ => null,
    };

    private static string TypePhrase(string type) => type switch
    {
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "true or false",
        "object" => "an object",
        "array" => "an array",
        "null" => "null",
        _ => type,
    };

    private static string OneOf(JsonElement allowed) => "one of " + string.Join(", ", allowed.EnumerateArray().Select(Quoted));

    // A schema value as the errors show it: a string in single quotes, anything else as its JSON text.
    private static string Quoted(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();

    private static string PatternWords(string pattern) => Patterns.GetValueOrDefault(pattern) ?? $"a string matching the pattern {pattern}";

    private static string EnumMessage(JsonElement instance, JsonElement allowed)
    {
        var values = allowed.EnumerateArray().Select(Quoted).ToList();
        var shown = Quoted(instance);
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
}
