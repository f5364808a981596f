using Emissions.Core.Tests.Calculation;
using Emissions.Factors;
using Emissions.Uncertainty;

namespace Emissions.Core.Tests.Uncertainty;

/// <summary>The draws' factor cache answers a query the set cannot answer as the resolver does, on every ask.</summary>
public class DrawResolverTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaultsSet();

    [Fact]
    public void A_cached_miss_is_thrown_again_with_its_value_reason_and_expectation()
    {
        var query = new FactorQuery(FactorParameter.EmissionFactor, "electricity", "GB", 2022);
        var direct = Assert.Throws<FactorResolutionException>(() => new FactorResolver(Set).Resolve(query));
        var cache = new DrawResolver.Cache(Set, []);

        var first = Assert.Throws<FactorResolutionException>(() => cache.Resolve(query));
        var second = Assert.Throws<FactorResolutionException>(() => cache.Resolve(query));

        Assert.All([first, second], e => Assert.Equal((direct.Value, direct.Reason, direct.Expected, direct.Message), (e.Value, e.Reason, e.Expected, e.Message)));
        Assert.NotSame(first, second);
        Assert.NotNull(direct.Reason);
    }
}
