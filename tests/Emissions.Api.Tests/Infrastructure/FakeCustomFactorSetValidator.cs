using System.Text.Json;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Factors;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>Stands in for the loader's validation: a custom set is {"id", "title", "base"} copying a shipped set's factors.</summary>
public sealed class FakeCustomFactorSetValidator : ICustomFactorSetValidator
{
    public FactorSet Validate(JsonElement definition, IFactorCatalog shipped)
    {
        var id = definition.GetProperty("id").GetString()!;
        if (!definition.TryGetProperty("title", out var title) || title.ValueKind != JsonValueKind.String)
        {
            throw ApiProblemException.Field(ProblemKinds.InvalidFactorSet, "$.title", "a factor set needs a title", null, "a string");
        }

        var baseId = definition.TryGetProperty("base", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()! : "test-2020";
        var basis = shipped.FindSet(baseId)
            ?? throw ApiProblemException.Field(ProblemKinds.UnknownFactorSet, "$.base", $"no set '{baseId}'", baseId, "a shipped set");
        return basis with { Id = id, Title = title.GetString()!, ContentHash = CanonicalJson.Hash(CanonicalJson.Serialize(definition)) };
    }
}
