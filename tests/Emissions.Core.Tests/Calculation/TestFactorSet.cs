using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Calculation;

/// <summary>
/// A small hand-built factor set for calculator tests, with values from factors.md so that expected
/// results can be computed by hand; resolution is the real <see cref="FactorResolver"/>.
/// </summary>
internal sealed class TestFactorSet
{
    private static readonly Edition TestEdition = new("test/hand/1", "test", "hand-written test factors", null, null, "factors.md", "test");
    private readonly List<Factor> _factors = [];
    private readonly List<RefrigerantBlend> _blends = [];
    private readonly ScopeOneMethod _method;
    private readonly string? _residualBasis;

    public TestFactorSet(ScopeOneMethod method = ScopeOneMethod.Cn, string? residualBasis = "residual-excl-market-non-fossil")
    {
        _method = method;
        _residualBasis = residualBasis;
    }

    public TestFactorSet With(FactorParameter parameter, string carrier, string value, string unit, string region = "CN", string? basis = null, string? gas = null)
    {
        var id = $"test/hand/1:{carrier}-{parameter}-{region}-{basis}".ToLowerInvariant();
        _factors.Add(new Factor(id, parameter, basis, Measurement.Parse(value, unit), gas, null, new Applicability(carrier, region, null),
            VerificationStatus.Confirmed, "factors.md", null, TestEdition));
        return this;
    }

    public TestFactorSet WithGwp(string gas, string value)
    {
        _factors.Add(new Factor($"test/hand/1:gwp-{gas}".ToLowerInvariant(), FactorParameter.Gwp, null, Measurement.Parse(value, "tCO2e/t"), gas, "AR5",
            new Applicability(null, "GLOBAL", null), VerificationStatus.Confirmed, "factors.md", null, TestEdition));
        return this;
    }

    public TestFactorSet WithBlend(string name, params (string Gas, decimal Fraction)[] components)
    {
        _blends.Add(new RefrigerantBlend($"test/hand/1:{name}".ToLowerInvariant(), name, [.. components.Select(c => new BlendComponent(c.Gas, c.Fraction))],
            VerificationStatus.Confirmed, "composition by mass", TestEdition));
        return this;
    }

    public FactorResolver Resolver() => new(Set());

    public FactorSet Set() => new("test-set", "test", null, [TestEdition.Path], _method, "AR5", "single", "oil-field",
        "location-average", _residualBasis, new FallbackPolicy(RegionToNational: true, EarlierDataYear: false), null, _factors, _blends, "test-hash");

    /// <summary>The CN enterprise-method defaults and grid factors used across the tests (factors.md).</summary>
    public static FactorResolver ChineseDefaults() => ChineseDefaultsBuilder().Resolver();

    /// <summary>The set behind <see cref="ChineseDefaults"/>, for the request path that takes a set.</summary>
    public static FactorSet ChineseDefaultsSet() => ChineseDefaultsBuilder().Set();

    private static TestFactorSet ChineseDefaultsBuilder() => new TestFactorSet()
        .With(FactorParameter.NetCalorificValue, "diesel", "42.652", "GJ/t")
        .With(FactorParameter.NetCalorificValue, "natural-gas", "389.31", "GJ/10⁴Nm³", basis: "oil-field")
        .With(FactorParameter.CarbonContent, "diesel", "20.20", "tC/TJ")
        .With(FactorParameter.CarbonContent, "natural-gas", "15.30", "tC/TJ")
        .With(FactorParameter.OxidationRate, "diesel", "98", "%")
        .With(FactorParameter.OxidationRate, "natural-gas", "99", "%")
        .With(FactorParameter.EmissionFactor, "electricity", "0.6776", "tCO2/MWh", region: "CN-North", basis: "location-average")
        .With(FactorParameter.EmissionFactor, "electricity", "0.5366", "tCO2/MWh", basis: "location-average")
        .With(FactorParameter.EmissionFactor, "electricity", "0.5856", "tCO2/MWh", basis: "residual-excl-market-non-fossil")
        .With(FactorParameter.EmissionFactor, "heat", "0.11", "tCO2/GJ")
        .WithGwp("HFC-32", "677")
        .WithGwp("HFC-125", "3170")
        .WithBlend("R-410A", ("HFC-32", 0.5m), ("HFC-125", 0.5m));
}
