using Emissions.Factors;

namespace Emissions.Api.Factors;

// PLACEHOLDER — replaced by a catalog over Emissions.Factors.Loading.FactorLibrary when the
// loader is wired in. Until then no set exists and /healthz reports factors as not loaded (503).

/// <summary>Placeholder: no factor data loaded.</summary>
public sealed class NotLoadedFactorCatalog : IFactorCatalog
{
    public bool IsLoaded => false;

    public IReadOnlyList<FactorSet> Sets => [];

    public FactorSet? FindSet(string id) => null;

    public Factor? FindFactor(string id) => null;
}
