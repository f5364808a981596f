using System.Globalization;
using System.Text.Json;
using Emissions.Budget;
using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// Reading CONTRACT JSON with errors that name the JSON path, the value and the expectation.
/// Measurements may be "721,117.23 MWh", {"value": "721,117.23", "unit": "MWh"}, or a plain
/// JSON number where the field implies the unit (the number keeps the precision it was written with).
/// </summary>
internal static class JsonInput
{
    /// <summary>Fields any object may carry to cite its source; they are kept out of the arithmetic.</summary>
    public static readonly IReadOnlySet<string> AnnotationFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "source", "notes", "note", "label", "labelCitation", "citation", "headcountSource", "comment", "$comment",
    };

    public static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InputException(path, Describe(element), "a JSON object", InputError.WrongType);
        }
    }

    /// <summary>Rejects fields the contract does not define, so that a typo is an error rather than a silent zero.</summary>
    public static void RejectUnknownFields(JsonElement element, string path, params string[] known)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal) && !AnnotationFields.Contains(property.Name))
            {
                throw UnknownField(property, path, known);
            }
        }
    }

    /// <summary>
    /// <see cref="RejectUnknownFields(JsonElement, string, string[])"/> for a request path read on every call:
    /// names are compared as UTF-8, so no property name is decoded unless it is unknown.
    /// </summary>
    public static void RejectUnknownFields(JsonElement element, string path, FieldNames known)
    {
        ArgumentNullException.ThrowIfNull(known);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property) && !FieldNames.Annotations.Contains(property))
            {
                throw UnknownField(property, path, known.Names);
            }
        }
    }

    /// <summary>What <see cref="RejectUnknownFields(JsonElement, string, string[])"/> throws for a field the contract does not define.</summary>
    public static InputException UnknownField(JsonProperty property, string path, IEnumerable<string> known) =>
        new($"{path}.{property.Name}", Truncate(property.Value.GetRawText()),
            $"no such field; known fields: {string.Join(", ", known)}", InputError.UnknownField);

    public static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InputException($"{path}.{name}", Describe(value), "a string", InputError.WrongType);
    }

    public static string RequiredString(JsonElement parent, string name, string path, string expected) =>
        OptionalString(parent, name, path) is { Length: > 0 } s ? s : throw new InputException($"{path}.{name}", null, expected, InputError.Missing);

    public static IEnumerable<(JsonElement Item, string Path)> OptionalArray(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InputException($"{path}.{name}", Describe(value), "an array", InputError.WrongType);
        }

        return value.EnumerateArray().Select((item, i) => (item, $"{path}.{name}[{i}]")).ToList();
    }

    public static Amount? OptionalAmount(JsonElement parent, string name, string path, string? impliedUnit = null)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return ReadAmount(value, $"{path}.{name}", impliedUnit);
    }

    public static Amount RequiredAmount(JsonElement parent, string name, string path, string? impliedUnit = null) =>
        OptionalAmount(parent, name, path, impliedUnit) ?? throw new InputException($"{path}.{name}", null, "a quantity with a unit, e.g. \"715,200.83 MWh\"", InputError.Missing);

    public static Amount ReadAmount(JsonElement value, string path, string? impliedUnit = null)
    {
        WorkBudget.Checkpoint();
        try
        {
            var measurement = value.ValueKind switch
            {
                JsonValueKind.String => ParseString(value.GetString()!, impliedUnit),
                JsonValueKind.Number => Measurement.Parse(value.GetRawText(), impliedUnit ?? ""),
                JsonValueKind.Object => ParseObject(value, path),
                _ => throw new InputException(path, Describe(value), "a quantity: \"715,200.83 MWh\" or {\"value\": \"715,200.83\", \"unit\": \"MWh\"}", InputError.WrongType),
            };
            AmountReading.Note(path, measurement.Unit);
            return new Amount(measurement, path);
        }
        catch (QuantityException ex)
        {
            throw new InputException(path, Truncate(value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText()), ex);
        }
    }

    /// <summary>Requires a non-negative amount of one of the given kinds.</summary>
    public static Amount Expect(Amount amount, string kindDescription, params Dimension[] kinds)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (!kinds.Contains(amount.Measurement.Dimension))
        {
            var expected = $"{kindDescription} (got {amount.Measurement.Unit.Kind})";
            throw new InputException(amount.Path, amount.Measurement.ToString(), expected, InputError.Quantity,
                new QuantityException(QuantityError.WrongKind, $"'{amount.Measurement}' is {amount.Measurement.Unit.Kind}; expected {expected}"));
        }

        if (amount.Measurement.Value < 0m)
        {
            throw new InputException(amount.Path, amount.Measurement.ToString(), "a non-negative quantity");
        }

        return amount;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.Undefined => "nothing",
        _ => Truncate(element.GetRawText()),
    };

    internal static Measurement ParseString(string text, string? impliedUnit)
    {
        var trimmed = text.Trim();
        var format = AmountReading.CurrentFormat;
        if (impliedUnit is not null && (DecimalText.TryParse(trimmed, out _) || (format != NumberFormat.Invariant && !trimmed.Any(char.IsLetter))))
        {
            return Measurement.Parse(trimmed, impliedUnit, format);
        }

        return Measurement.Parse(trimmed, format);
    }

    private static Measurement ParseObject(JsonElement value, string path)
    {
        RejectUnknownFields(value, path, "value", "unit");
        if (!value.TryGetProperty("value", out var number))
        {
            throw new InputException($"{path}.value", null, "the number as printed, e.g. \"715,200.83\"", InputError.Missing);
        }

        var text = number.ValueKind switch
        {
            JsonValueKind.String => number.GetString()!,
            JsonValueKind.Number => number.GetRawText(),
            _ => throw new InputException($"{path}.value", Describe(number), "a number or a numeric string", InputError.WrongType),
        };
        var unit = OptionalString(value, "unit", path) ?? "";
        return Measurement.Parse(text, unit, number.ValueKind == JsonValueKind.String ? AmountReading.CurrentFormat : NumberFormat.Invariant);
    }

    internal static string Truncate(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
