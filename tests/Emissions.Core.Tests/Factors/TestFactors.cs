using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Core.Tests.Factors;

/// <summary>Hand-built factors and sets for resolver tests: the resolver is pure, so no files are needed.</summary>
internal static class TestFactors
{
    private static readonly Edition TestEdition = new("test/data/1", "test", "Test edition", null, null, "tests", "none");

    public static Factor Grid(string local, string region, int? dataYear, string value, VerificationStatus verification = VerificationStatus.Confirmed, string basis = "location-average") =>
        new($"test/data/1:{local}", FactorParameter.EmissionFactor, basis, Measurement.Parse(value, "tCO2/MWh"), "CO2", null,
            new Applicability("electricity", region, dataYear), verification, $"table of {local}", null, TestEdition);

    public static Factor Ets(string local, int from, int to, string value) =>
        new($"test/data/1:{local}", FactorParameter.EmissionFactor, "ets-grid-average", Measurement.Parse(value, "tCO2/MWh"), "CO2", null,
            new Applicability("electricity", "CN", null, from, to), VerificationStatus.Confirmed, "ETS letter", null, TestEdition);

    public static Factor Ncv(string local, string carrier, string region, string value, string unit, VerificationStatus verification) =>
        new($"test/data/1:{local}", FactorParameter.NetCalorificValue, null, Measurement.Parse(value, unit), null, null,
            new Applicability(carrier, region, null), verification, $"NCV table, {carrier}", null, TestEdition);

    public static Factor Gwp(string ar, string gas, string value, string? ch4Convention = null) =>
        new($"test/gwp/{ar.ToLowerInvariant()}:{gas.ToLowerInvariant()}{(ch4Convention == "fossil" ? "-fossil" : "")}", FactorParameter.Gwp, ch4Convention,
            Measurement.Parse(value, "tCO2e/t"), gas, ar, new Applicability(null, "GLOBAL", null, null, null, ch4Convention),
            gas == "CO2" ? VerificationStatus.Confirmed : VerificationStatus.Secondary, $"IPCC {ar}, GWP-100, {gas}", null, TestEdition);

    public static IReadOnlyList<Factor> GwpTable(string ar) => ar switch
    {
        "AR4" => [Gwp("AR4", "CO2", "1"), Gwp("AR4", "CH4", "25", "single"), Gwp("AR4", "CH4", "25", "fossil"), Gwp("AR4", "HFC-32", "675"), Gwp("AR4", "HFC-125", "3500")],
        "AR5" => [Gwp("AR5", "CO2", "1"), Gwp("AR5", "CH4", "28", "single"), Gwp("AR5", "CH4", "30", "fossil"), Gwp("AR5", "HFC-32", "677"), Gwp("AR5", "HFC-125", "3170")],
        "AR6" => [Gwp("AR6", "CO2", "1"), Gwp("AR6", "CH4", "27.9", "single"), Gwp("AR6", "CH4", "29.8", "fossil"), Gwp("AR6", "HFC-32", "771"), Gwp("AR6", "HFC-125", "3740")],
        _ => throw new ArgumentOutOfRangeException(nameof(ar)),
    };

    public static RefrigerantBlend R410A { get; } = new(
        "test/blends/1:r-410a", "R-410A", [new BlendComponent("HFC-32", 0.5m), new BlendComponent("HFC-125", 0.5m)], VerificationStatus.Confirmed, "ASHRAE 34", TestEdition);

    public static FactorSet Set(
        IEnumerable<Factor> factors,
        bool regionToNational = true,
        bool earlierDataYear = false,
        int reportingYear = 2022,
        string gwp = "AR5",
        string ch4Convention = "single",
        string location = "location-average",
        IEnumerable<RefrigerantBlend>? blends = null) =>
        new("test-set", "Test set", null, ["test/data/1"], ScopeOneMethod.Cn, gwp, ch4Convention, null, location, null,
            new FallbackPolicy(regionToNational, earlierDataYear), reportingYear, [.. factors], [.. blends ?? []], "");

    public static FactorQuery Electricity(string region, int? year = 2022, string? basis = null) =>
        new(FactorParameter.EmissionFactor, "electricity", region, year, basis);
}
