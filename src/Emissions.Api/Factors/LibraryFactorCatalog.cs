using Emissions.Factors;
using Emissions.Factors.Loading;

namespace Emissions.Api.Factors;

/// <summary>The shipped factor sets and factors: a <see cref="FactorLibrary"/> loaded once at start-up and shared read-only.</summary>
public sealed class LibraryFactorCatalog(FactorLibrary library) : IFactorCatalog
{
    public FactorLibrary Library { get; } = library ?? throw new ArgumentNullException(nameof(library));

    public bool IsLoaded => true;

    public IReadOnlyList<FactorSet> Sets => Library.Sets;

    public IReadOnlyList<Factor> Factors => Library.Factors;

    public FactorSet? FindSet(string id) => Library.TryGetSet(id, out var set) ? set : null;

    public Factor? FindFactor(string id) => Library.FindFactor(id);
}
