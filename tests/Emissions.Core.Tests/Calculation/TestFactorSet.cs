using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Calculation;

/// <summary>
/// A small hand-built factor set for calculator tests, with values from factors.md so that
/// expected results can be computed by hand. Resolution here is exact-match only; the real
/// resolver's fallbacks are tested with the factor library.
/// </summary>
internal sealed class TestFactorSet : IFactorResolver
{
    private static readonly Edition TestEdition = new("test/hand/1", "test", "hand-written test factors", null, null, "factors.md", "test");
    private readonly List<Factor> _factors = [];
    private readonly Dictionary<string, decimal> _gwp = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Gas, decimal Fraction)[]> _blends = new(StringComparer.Ordinal);

    public TestFactorSet(ScopeOneMethod method = ScopeOneMethod.Cn, string? residualBasis = "residual-excl-market-non-fossil")
    {
        FactorSet = new FactorSet("test-set", "test", null, [TestEdition.Path], method, "AR5", "single", "oil-field", "location-average",
            residualBasis, new FallbackPolicy(false, false), 2022, _factors, [], "test-hash");
    }

    public FactorSet FactorSet { get; }

    public TestFactorSet With(FactorParameter parameter, string carrier, string value, string unit, string? region = null, string? basis = null, string? gas = null)
    {
        var id = $"test/hand/1:{carrier}-{parameter}-{region}-{basis}".ToLowerInvariant();
        _factors.Add(new Factor(id, parameter, basis, Measurement.Parse(value, unit), gas, null, new Applicability(carrier, region, null),
            Verification.Confirmed, "factors.md", null, TestEdition));
        return this;
    }

    public TestFactorSet WithGwp(string gas, decimal value)
    {
        _gwp[gas] = value;
        return this;
    }

    public TestFactorSet WithBlend(string name, params (string Gas, decimal Fraction)[] components)
    {
        _blends[name] = components;
        return this;
    }

    /// <summary>The CN enterprise-method defaults and grid factors used across the tests (factors.md).</summary>
    public static TestFactorSet ChineseDefaults() => new TestFactorSet()
        .With(FactorParameter.NetCalorificValue, "diesel", "42.652", "GJ/t")
        .With(FactorParameter.NetCalorificValue, "natural-gas", "389.31", "GJ/10⁴Nm³", basis: "oil-field")
        .With(FactorParameter.CarbonContent, "diesel", "20.20", "tC/TJ")
        .With(FactorParameter.CarbonContent, "natural-gas", "15.30", "tC/TJ")
        .With(FactorParameter.OxidationRate, "diesel", "98", "%")
        .With(FactorParameter.OxidationRate, "natural-gas", "99", "%")
        .With(FactorParameter.EmissionFactor, "electricity", "0.6776", "tCO2/MWh", region: "CN-North", basis: "location-average")
        .With(FactorParameter.EmissionFactor, "electricity", "0.5366", "tCO2/MWh", region: "CN", basis: "location-average")
        .With(FactorParameter.EmissionFactor, "electricity", "0.5856", "tCO2/MWh", region: "CN", basis: "residual-excl-market-non-fossil")
        .With(FactorParameter.EmissionFactor, "heat", "0.11", "tCO2/GJ")
        .WithGwp("HFC-32", 677m)
        .WithGwp("HFC-125", 3170m)
        .WithBlend("R-410A", ("HFC-32", 0.5m), ("HFC-125", 0.5m));

    public FactorResolution Resolve(FactorQuery query)
    {
        var match = _factors.FirstOrDefault(f => f.Parameter == query.Parameter
            && f.Applicability.Carrier == query.Carrier
            && (query.Region is null || f.Applicability.Region == query.Region)
            && (query.Basis is null || f.Basis == query.Basis));
        return match is null
            ? throw new FactorResolutionException($"no {query.Parameter} for {query.Carrier} {query.Region} {query.Basis}")
            : new FactorResolution(match, "exact match", []);
    }

    public FactorResolution ResolveGwp(string gas)
    {
        var value = _gwp.TryGetValue(gas, out var single)
            ? single
            : _blends.TryGetValue(gas, out var parts)
                ? parts.Sum(p => p.Fraction * _gwp[p.Gas])
                : throw new FactorResolutionException($"no GWP for {gas}");
        var factor = new Factor($"test/hand/1:gwp-{gas}".ToLowerInvariant(), FactorParameter.Gwp, null, Measurement.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), "tCO2e/t"),
            gas, "AR5", new Applicability(null, null, null), Verification.Confirmed, "factors.md", null, TestEdition);
        return new FactorResolution(factor, "test", []);
    }
}
