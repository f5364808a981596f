using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>Two small shipped-style sets for tests; the real factor data is loaded by another module.</summary>
public static class TestFactors
{
    public static readonly Edition Edition = new("test/electricity/2020", "Test publisher", "Test grid factors", "T-1", "2021-01-01", "test fixture", "public domain");

    public static readonly Factor Grid2020 = new(
        "test/electricity/2020:national",
        FactorParameter.EmissionFactor,
        "location-average",
        Measurement.Parse("0.5810 tCO2/MWh"),
        "CO2",
        null,
        new Applicability("electricity", "CN", 2020),
        VerificationStatus.Confirmed,
        "Test table 1, row 1",
        "a test factor",
        Edition);

    public static FactorSet Set(string id, Factor factor, string contentHash) => new(
        id,
        $"Test set {id}",
        "for tests",
        [factor.Edition.Path],
        ScopeOneMethod.Cn,
        "AR5",
        "single",
        null,
        "location-average",
        null,
        new FallbackPolicy(true, false),
        2020,
        [factor],
        [],
        contentHash);

    public static FakeFactorCatalog Catalog() => new(Set("test-2020", Grid2020, "hash-test-2020"), Set("test-2021", Grid2020, "hash-test-2021"));

    /// <summary>The same ids, but test-2020 was "edited": its content hash differs.</summary>
    public static FakeFactorCatalog EditedCatalog() => new(
        Set("test-2020", Grid2020 with { Value = Measurement.Parse("0.6000 tCO2/MWh") }, "hash-test-2020-edited"),
        Set("test-2021", Grid2020, "hash-test-2021"));
}
