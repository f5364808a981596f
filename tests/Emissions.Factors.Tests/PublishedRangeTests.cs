using System.Text.Json;
using System.Text.Json.Nodes;
using Emissions.Calculation;
using Emissions.Factors.Loading;
using Emissions.Uncertainty;
using static Emissions.Factors.Tests.FactorJson;

namespace Emissions.Factors.Tests;

/// <summary>
/// A factor's uncertainty range as published (factors.schema.json "uncertainty"): the loader's rules, the IPCC 2006
/// Vol. 2 Ch. 1 ranges shipped (Table 1.2 NCV and Table 1.4 CO2 for gas/diesel oil: 43.0 TJ/Gg, 41.4–43.3; 74,100
/// kgCO2/TJ, 72,600–74,800), and factors=ipcc using them in a calculation.
/// </summary>
public class PublishedRangeTests
{
    private static JsonObject Ranged(string lower, string upper)
    {
        var factor = Factor();
        factor["uncertainty"] = new JsonObject
        {
            ["lower"] = lower, ["upper"] = upper, ["confidence"] = 95, ["source"] = "test table, columns Lower and Upper", ["verification"] = "confirmed",
        };
        return factor;
    }

    [Fact]
    public void A_factor_with_a_published_range_loads_it_with_its_source()
    {
        using var tree = new TempFactorTree();
        tree.AddEdition(TestEdition, Ranged("0.5000", "0.6000"));

        var range = Assert.Single(FactorLibrary.Load(tree.Root).Factors).Uncertainty!;

        Assert.Equal((0.5000m, 0.6000m, "test table, columns Lower and Upper", VerificationStatus.Confirmed), (range.Lower, range.Upper, range.Source, range.Verification));
    }

    [Fact]
    public void A_range_that_does_not_enclose_the_value_is_an_error_at_the_uncertainty_path()
    {
        using var tree = new TempFactorTree();
        var file = tree.AddEdition(TestEdition, Ranged("0.54", "0.60"));

        var exception = Assert.Throws<FactorLibraryException>(() => FactorLibrary.Load(tree.Root));

        var error = Assert.Single(exception.Errors, e => e.File == file && e.Path == "$.factors[0].uncertainty");
        Assert.Equal("the range 0.54–0.60 does not enclose the value 0.5366", error.Message);
    }

    [Fact]
    public void A_range_without_its_source_is_a_schema_error()
    {
        using var tree = new TempFactorTree();
        var factor = Ranged("0.5", "0.6");
        ((JsonObject)factor["uncertainty"]!).Remove("source");
        tree.AddEdition(TestEdition, factor);

        var exception = Assert.Throws<FactorLibraryException>(() => FactorLibrary.Load(tree.Root));

        Assert.Contains(exception.Errors, e => e.Path.StartsWith("$.factors[0].uncertainty", StringComparison.Ordinal) && e.Message.Contains("source", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv", "41.4", "43.3", "Table 1.2")]
    [InlineData("ipcc/stationary-combustion/2006:natural-gas.ncv", "46.5", "50.4", "Table 1.2")]
    [InlineData("ipcc/stationary-combustion/2006:gas-diesel-oil.co2", "72600", "74800", "Table 1.4")]
    [InlineData("ipcc/stationary-combustion/2006:natural-gas.carbon-content", "14.8", "15.9", "Table 1.3")]
    public void The_shipped_ipcc_defaults_carry_their_table_1_2_to_1_4_ranges(string id, string lower, string upper, string table)
    {
        var range = Assert.Single(RepositoryFactors.Library.Factors, f => f.Id == id).Uncertainty!;

        Assert.Equal((decimal.Parse(lower, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(upper, System.Globalization.CultureInfo.InvariantCulture)), (range.Lower, range.Upper));
        Assert.Contains($"IPCC 2006 GL Vol. 2 Ch. 1 {table}", range.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shipped_co2_range_is_the_carbon_content_range_times_44_over_12()
    {
        // Table 1.4's limits are Table 1.3's × 44/12 rounded to the hundred kg: a check that the two tables were copied consistently.
        var factors = RepositoryFactors.Library.Factors.Where(f => f.Uncertainty is not null).ToDictionary(f => f.Id);
        var co2 = factors.Values.Where(f => f.Parameter == FactorParameter.Co2PerEnergy).ToList();
        Assert.Equal(5, co2.Count);
        foreach (var f in co2)
        {
            var carbon = factors[f.Id.Replace(".co2", ".carbon-content", StringComparison.Ordinal)].Uncertainty!;
            Assert.Equal(Math.Round(carbon.Lower * 44m / 12m * 10m, 0) * 100m, f.Uncertainty!.Lower);
            Assert.Equal(Math.Round(carbon.Upper * 44m / 12m * 10m, 0) * 100m, f.Uncertainty!.Upper);
        }
    }

    private static CalculationResult DieselWithIpccRanges() => CalculationRequest.Run(
        JsonDocument.Parse("""{"period": "2022", "region": "CN", "fuels": [{"fuel": "diesel", "amount": "100 t"}], "uncertainty": {"factors": "ipcc", "draws": 20000, "seed": 3}}""").RootElement,
        Assert.Single(RepositoryFactors.Library.Sets, s => s.Id == "ipcc-2006-ar5"));

    [Fact]
    public void Factors_ipcc_uses_each_factors_published_range_and_names_range_and_source()
    {
        var sources = DieselWithIpccRanges().Uncertainty!.Sources;

        var ncv = Assert.Single(sources, s => s.Name == "ipcc/stationary-combustion/2006:gas-diesel-oil.ncv");
        Assert.Equal((3.7209m, 0.6977m, 3.7209m), (ncv.Below!.Value, ncv.Above!.Value, ncv.Percent)); // (43.0 − 41.4) / 43.0, (43.3 − 43.0) / 43.0
        Assert.Equal("41.4–43.3 TJ/Gg", ncv.Range);
        Assert.StartsWith("IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2, Gas/Diesel Oil", ncv.RangeSource, StringComparison.Ordinal);
        Assert.StartsWith("published range 41.4–43.3 TJ/Gg (−3.7209 % / +0.6977 %, 95 %): IPCC 2006 GL Vol. 2 Ch. 1 Table 1.2", ncv.Basis, StringComparison.Ordinal);
        var co2 = Assert.Single(sources, s => s.Name == "ipcc/stationary-combustion/2006:gas-diesel-oil.co2");
        Assert.Equal((2.0243m, 0.9447m), (co2.Below!.Value, co2.Above!.Value)); // 1,500 / 74,100, 700 / 74,100

        var ch4 = Assert.Single(sources, s => s.Name == "ipcc/stationary-combustion/2006:gas-diesel-oil.ch4.manufacturing");
        Assert.Equal(FactorUncertainty.DocumentedDefaultPercent, ch4.Percent);
        Assert.Null(ch4.Range);
        Assert.StartsWith("documented default ±5 %", ch4.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asymmetric_range_gives_a_monte_carlo_interval_at_its_published_limits()
    {
        // energy.direct = 100 t × 43.0 TJ/Gg = 4.3 TJ = 1,194.44 MWh, moved only by the NCV: its 95 % limits are
        // 1,194.44 × 41.4 / 43.0 = 1,150.00 and 1,194.44 × 43.3 / 43.0 = 1,202.78 MWh.
        var energy = DieselWithIpccRanges().Uncertainty!.Find("energy.direct")!;

        Assert.InRange(energy.MonteCarlo.Low, 1150.00m * 0.995m, 1150.00m * 1.005m);
        Assert.InRange(energy.MonteCarlo.High, 1202.78m * 0.995m, 1202.78m * 1.005m);
        Assert.Equal(3.72m, energy.AnalyticPercent); // first order: the larger side
    }

    [Fact]
    public void Ncv_and_co2_ranges_combine_as_a_product_in_scope_1()
    {
        // scope 1 = energy × (74,100 + 3 × 28 + 0.6 × 265) kg/TJ: the CO2 factor carries 74,100 / 74,343 of it, so
        // √(3.7209² + (0.99673 × 2.0243)²) = ± 4.23 % (CH4 and N2O at ± 5 % add below 0.01 %).
        var scope1 = DieselWithIpccRanges().Uncertainty!.Find("ghg.scope1")!;

        Assert.Equal(4.23m, scope1.AnalyticPercent);
        Assert.Equal("ipcc/stationary-combustion/2006:gas-diesel-oil.ncv", scope1.Contributions[0].Source);
    }
}
