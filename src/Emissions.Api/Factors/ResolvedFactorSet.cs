using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>A factor set found for a caller: shipped (no version) or one version of the caller's custom set.</summary>
public sealed record ResolvedFactorSet(FactorSet Set, int? Version)
{
    public bool IsCustom => Version is not null;
}
