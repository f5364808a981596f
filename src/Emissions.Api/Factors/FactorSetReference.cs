using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.Problems;

namespace Emissions.Api.Factors;

/// <summary>
/// A factor set named by a request, with the JSON path that named it. Where requests name sets is
/// contract (CONTRACT.md): a calculation at $.factorSet; a check at $.options.factorSet, or at
/// $.inputs.factorSet when its raw inputs name one.
/// </summary>
public sealed partial record FactorSetReference(string Id, string Path, int? Version = null)
{
    public static FactorSetReference? Find(ComputeKind kind, JsonElement request, string basePath = JsonPath.Root)
    {
        if (kind == ComputeKind.Calculation)
        {
            return Named(request, basePath, "factorSet");
        }

        if (request.ValueKind == JsonValueKind.Object
            && request.TryGetProperty("options", out var options) && options.ValueKind == JsonValueKind.Object
            && Named(options, JsonPath.Property(basePath, "options"), "factorSet") is { } fromOptions)
        {
            return fromOptions;
        }

        return request.ValueKind == JsonValueKind.Object
            && request.TryGetProperty("inputs", out var inputs) && inputs.ValueKind == JsonValueKind.Object
            ? Named(inputs, JsonPath.Property(basePath, "inputs"), "factorSet")
            : null;
    }

    public static void ValidateId(string id, string path)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IdPattern().IsMatch(id))
        {
            throw ApiProblemException.Field(ProblemKinds.InvalidValue, path, $"'{id}' is not a factor-set id", id,
                "1–64 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit (e.g. \"cn-2020\")");
        }
    }

    private static FactorSetReference? Named(JsonElement obj, string path, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var fieldPath = JsonPath.Property(path, name);
        if (value.ValueKind != JsonValueKind.String)
        {
            throw JsonFields.WrongType(value, fieldPath, "a factor-set id such as \"cn-2020\"");
        }

        var id = value.GetString()!;
        ValidateId(id, fieldPath);
        return new FactorSetReference(id, fieldPath);
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
