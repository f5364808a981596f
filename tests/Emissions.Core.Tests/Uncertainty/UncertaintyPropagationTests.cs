using System.Text.Json;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Emissions.Core.Tests.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Uncertainty;

namespace Emissions.Core.Tests.Uncertainty;

/// <summary>
/// Uncertainty propagated through a calculation, by Monte Carlo and to first order, checked against the equations of
/// IPCC 2006 Guidelines Vol. 1 Ch. 3 §3.2.3.1 (Approach 1): Equation 3.1, the uncertainty of a product,
/// U = √(U₁² + U₂² + …), and Equation 3.2, of a sum, U = √((U₁x₁)² + (U₂x₂)² + …) / |x₁ + x₂ + …|, each U the
/// half-width of the 95 % interval in percent — the rules the GHG Protocol uncertainty tool applies.
/// </summary>
public class UncertaintyPropagationTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaults().FactorSet;

    private static CalculationResult Run(string json) => CalculationRequest.Run(JsonDocument.Parse(json).RootElement, Set);

    private static MetricUncertainty Of(CalculationResult result, string field) =>
        result.Uncertainty!.Find(field) ?? throw new KeyNotFoundException(field);

    [Fact]
    public void Monte_Carlo_and_first_order_agree_within_one_percent_on_a_linear_inventory()
    {
        // energy.indirect = electricity + heat is linear, so first order is exact: 1,000 MWh ± 2 % plus 3,600 GJ (1,000 MWh) ± 10 %
        // is 2,000 MWh ± √(20² + 100²) = ± 101.98 MWh (Eq. 3.2: ± 5.10 %).
        var result = Run("""
            {"electricity": [{"amount": "1000 MWh", "region": "CN"}], "heat": [{"amount": "3600 GJ"}],
             "uncertainty": {"inputs": {"electricity": "2%", "heat": "10%"}, "draws": 20000, "seed": 42}}
            """);

        var indirect = Of(result, "energy.indirect");
        Assert.Equal(5.10m, indirect.AnalyticPercent);
        Assert.Equal((1898.01m, 2101.99m), (indirect.Analytic.Low, indirect.Analytic.High)); // 2,000 ∓ 101.9804, outward to 6 significant digits
        var monteCarloHalf = (indirect.MonteCarlo.High - indirect.MonteCarlo.Low) / 2;
        var analyticHalf = (indirect.Analytic.High - indirect.Analytic.Low) / 2;
        Assert.InRange(Math.Abs(monteCarloHalf - analyticHalf) / analyticHalf, 0m, 0.01m);
        Assert.InRange(Math.Abs((indirect.MonteCarlo.High + indirect.MonteCarlo.Low) / 2 - 2000m) / 2000m, 0m, 0.01m);
    }

    [Fact]
    public void A_product_of_activity_and_factor_combines_as_ipcc_equation_3_1()
    {
        // scope 2 = 1,000 MWh × 0.5366 tCO2/MWh; metering ± 2 %, factor ± 5 %: √(2² + 5²) = ± 5.385 %.
        var result = Run("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "uncertainty": {"inputs": {"electricity": "2%"}, "factors": "5%"}}""");

        var scope2 = Of(result, "ghg.scope2");
        Assert.Equal(5.39m, scope2.AnalyticPercent);
        Assert.Equal("test/hand/1:electricity-emissionfactor-cn-location-average", scope2.Contributions[0].Source);
        Assert.Equal(86.21m, scope2.Contributions[0].Percent); // 5² / (2² + 5²)
        Assert.Equal(13.79m, scope2.Contributions[1].Percent);
    }

    [Fact]
    public void A_sum_of_two_sources_combines_as_ipcc_equation_3_2()
    {
        // scope 2 = 1,000 MWh × 0.5366 + 1,000 GJ × 0.11 = 536.6 + 110 = 646.6 t; electricity ± 2 %, heat ± 10 %:
        // √((536.6 × 2)² + (110 × 10)²) / 646.6 = 1,536.80 / 646.6 = ± 2.38 %.
        var result = Run("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "heat": [{"amount": "1000 GJ"}], "uncertainty": {"inputs": {"electricity": "2%", "heat": "10%"}}}""");

        Assert.Equal(2.38m, Of(result, "ghg.scope2").AnalyticPercent);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_others()
    {
        const string body = """{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "uncertainty": {"inputs": {"electricity": "2%"}, "factors": "5%", "draws": 500, "seed": SEED}}""";

        var first = Of(Run(body.Replace("SEED", "7", StringComparison.Ordinal)), "ghg.scope2").MonteCarlo;
        var again = Of(Run(body.Replace("SEED", "7", StringComparison.Ordinal)), "ghg.scope2").MonteCarlo;
        var other = Of(Run(body.Replace("SEED", "8", StringComparison.Ordinal)), "ghg.scope2").MonteCarlo;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_figure_that_depends_on_no_uncertain_input_has_no_interval()
    {
        var result = Run("""{"headcount": "10", "electricity": [{"amount": "1000 MWh", "region": "CN"}], "waste": [{"category": "hazardous", "amount": "2 t"}], "uncertainty": {"inputs": {"electricity": "2%"}, "draws": 200}}""");

        Assert.Null(result.Uncertainty!.Find("waste.hazardous"));
        Assert.Equal(2m, Of(result, "energy.electricity.per-employee").AnalyticPercent);
    }

    [Fact]
    public void Factors_without_a_published_range_take_the_documented_default_and_say_so()
    {
        var result = Run("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "uncertainty": {"factors": "ipcc", "draws": 200}}""");

        var source = Assert.Single(result.Uncertainty!.Sources, s => s.Kind == UncertaintySource.Factor && s.Name.Contains("location", StringComparison.Ordinal));
        Assert.Equal(FactorUncertainty.DocumentedDefaultPercent, source.Percent);
        Assert.StartsWith("documented default", source.Basis, StringComparison.Ordinal);
    }

    [Fact]
    public void The_answer_and_the_trace_carry_both_intervals()
    {
        var response = CalculationResponse.From(Run("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "uncertainty": {"inputs": {"electricity": "2%"}, "draws": 1000}}"""));

        var scope2 = Assert.Single(response.Metrics, m => m.Id == "ghg.scope2");
        Assert.Equal("2", scope2.Uncertainty!.AnalyticPercent);
        Assert.Equal("525.868", scope2.Uncertainty.Analytic.Low); // 536.6 ∓ 10.732
        Assert.Equal("547.332", scope2.Uncertainty.Analytic.High);
        Assert.Contains(scope2.Trace!.Notes, n => n.StartsWith("95 % interval:", StringComparison.Ordinal) && n.Contains("[525.868, 547.332] tCO2e", StringComparison.Ordinal));
        Assert.Equal(1000, response.Uncertainty!.Draws);
    }

    [Fact]
    public void A_uniform_input_is_bounded_by_its_percentage()
    {
        var result = Run("""{"electricity": [{"amount": "1000 MWh", "region": "CN"}], "uncertainty": {"inputs": {"electricity": {"percent": "2%", "distribution": "uniform"}}, "draws": 2000}}""");

        var electricity = Of(result, "energy.electricity");
        Assert.InRange(electricity.MonteCarlo.Low, 980m, 1000m);
        Assert.InRange(electricity.MonteCarlo.High, 1000m, 1020m);
        Assert.Equal(2.26m, electricity.AnalyticPercent); // 1.96 × 2 % / √3
    }

    [Theory]
    [InlineData("""{"uncertainty": {"inputs": {"gas": "2%"}}}""", "$.uncertainty.inputs.gas")]
    [InlineData("""{"uncertainty": {"inputs": {"electricity": "0%"}}}""", "$.uncertainty.inputs.electricity")]
    [InlineData("""{"uncertainty": {"inputs": {"electricity": {"percent": "2%", "distribution": "beta"}}}}""", "$.uncertainty.inputs.electricity.distribution")]
    [InlineData("""{"uncertainty": {"factors": "ipcc-2019"}}""", "$.uncertainty.factors")]
    [InlineData("""{"uncertainty": {"draws": 5}}""", "$.uncertainty.draws")]
    [InlineData("""{"uncertainty": {"colour": 5}}""", "$.uncertainty.colour")]
    public void A_bad_uncertainty_names_its_path(string json, string path)
    {
        var ex = Assert.Throws<InputException>(() => Run(json));
        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Cli_entries_read_percentages_distributions_factors_seed_and_draws()
    {
        var options = UncertaintyReader.Parse(["electricity=2%", "fuels=5%:triangular", "factors=ipcc", "seed=9", "draws=300"]);

        Assert.Equal([new InputUncertainty("electricity", 2m, UncertaintyDistribution.Normal), new InputUncertainty("fuels", 5m, UncertaintyDistribution.Triangular)], options.Inputs);
        Assert.True(options.Factors!.IsPublished);
        Assert.Equal((9, 300), (options.Seed, options.Draws));
        var ex = Assert.Throws<InputException>(() => UncertaintyReader.Parse(["electricity"]));
        Assert.Equal("--uncertainty", ex.Path);
    }
}
