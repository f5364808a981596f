using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>
/// A factor set named by a request, with the JSON path that named it and, for a custom set, its version. Where
/// requests name sets is Core's one rule (<see cref="FactorSetName"/>); the service adds the id format of its stored sets.
/// </summary>
public sealed partial record FactorSetReference(string Id, string Path, int? Version = null)
{
    public static FactorSetReference? Find(ComputeKind kind, JsonElement request, string basePath = JsonPath.Root)
    {
        var name = kind == ComputeKind.Calculation ? FactorSetName.OfCalculation(request, basePath) : FactorSetName.OfCheck(request, basePath);
        if (name is null)
        {
            return null;
        }

        ValidateId(name.Id, name.Path);
        return new FactorSetReference(name.Id, name.Path);
    }

    /// <summary>The set a check request already read names (options.factorSet, else inputs.factorSet), as <see cref="Find(ComputeKind, JsonElement, string)"/> finds it in its JSON.</summary>
    public static FactorSetReference? Find(Emissions.Verification.CheckRequest request)
    {
        if (FactorSetName.OfCheck(request) is not { } name)
        {
            return null;
        }

        ValidateId(name.Id, name.Path);
        return new FactorSetReference(name.Id, name.Path);
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

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
