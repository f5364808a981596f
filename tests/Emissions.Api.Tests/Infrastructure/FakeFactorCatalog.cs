using Emissions.Api.Factors;
using Emissions.Factors;

namespace Emissions.Api.Tests.Infrastructure;

public sealed class FakeFactorCatalog(params FactorSet[] sets) : IFactorCatalog
{
    public bool IsLoaded => true;

    public IReadOnlyList<FactorSet> Sets { get; } = sets;

    public IReadOnlyList<Factor> Factors => [.. Sets.SelectMany(s => s.Factors).DistinctBy(f => f.Id)];

    public FactorSet? FindSet(string id) => Sets.FirstOrDefault(s => s.Id == id);

    public Factor? FindFactor(string id) => Sets.SelectMany(s => s.Factors).FirstOrDefault(f => f.Id == id);
}
