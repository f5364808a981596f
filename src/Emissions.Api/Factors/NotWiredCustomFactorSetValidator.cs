using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Factors;

namespace Emissions.Api.Factors;

// PLACEHOLDER — replaced by the factor loader's validation when it is wired in (501 until then).

/// <summary>Placeholder: custom factor sets cannot be validated yet.</summary>
public sealed class NotWiredCustomFactorSetValidator : ICustomFactorSetValidator
{
    public FactorSet Validate(JsonElement definition, IFactorCatalog shipped) => throw new ComputeNotWiredException("custom factor-set validation");
}
