using System.Globalization;
using System.Text.Json;
using Emissions.Api.Problems;

namespace Emissions.Api.Json;

/// <summary>Checks on the service's own request envelopes; each failure names the field, the value and what was expected.</summary>
public static class JsonFields
{
    public static void RequireObject(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw WrongType(element, path, "a JSON object");
        }
    }

    /// <summary>Unknown-fields policy for envelopes: rejected, so that a misspelt optional field is not silently ignored.</summary>
    public static void RejectUnknown(JsonElement obj, string path, IReadOnlyCollection<string> known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                throw ApiProblemException.Field(ProblemKinds.UnknownField, JsonPath.Property(path, property.Name),
                    $"'{property.Name}' is not a field of this request", Describe(property.Value), "one of: " + string.Join(", ", known));
            }
        }
    }

    public static string RequireString(JsonElement obj, string path, string name, string expected)
    {
        var fieldPath = JsonPath.Property(path, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw ApiProblemException.Field(ProblemKinds.MissingField, fieldPath, $"'{name}' is required", null, expected);
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(value, fieldPath, expected);
    }

    public static string? OptionalString(JsonElement obj, string path, string name, string expected)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : throw WrongType(value, JsonPath.Property(path, name), expected);
    }

    public static int? OptionalPositiveInt(JsonElement obj, string path, string name, string expected)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var fieldPath = JsonPath.Property(path, name);
        if (value.ValueKind != JsonValueKind.Number)
        {
            throw WrongType(value, fieldPath, expected);
        }

        return value.TryGetInt32(out var number) && number >= 1
            ? number
            : throw ApiProblemException.Field(ProblemKinds.InvalidValue, fieldPath, $"'{name}' must be a whole number from 1 to {int.MaxValue}", value.GetRawText(), expected);
    }

    public static JsonElement RequireObjectField(JsonElement obj, string path, string name, string expected)
    {
        var fieldPath = JsonPath.Property(path, name);
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw ApiProblemException.Field(ProblemKinds.MissingField, fieldPath, $"'{name}' is required", null, expected);
        }

        return value.ValueKind == JsonValueKind.Object ? value : throw WrongType(value, fieldPath, expected);
    }

    public static ApiProblemException WrongType(JsonElement value, string path, string expected) =>
        ApiProblemException.Field(ProblemKinds.WrongType, path, $"{(path == JsonPath.Root ? "the body" : path)} is {KindName(value.ValueKind)}, expected {expected}", Describe(value), expected);

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Object => "{…}",
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"[… {value.GetArrayLength()} entries]"),
        _ => value.GetRawText(),
    };

    public static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
