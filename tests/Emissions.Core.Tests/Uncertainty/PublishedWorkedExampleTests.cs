using System.Text.Json;
using Emissions.Calculation;
using Emissions.Core.Tests.Calculation;
using Emissions.Factors;
using Emissions.Uncertainty;

namespace Emissions.Core.Tests.Uncertainty;

/// <summary>
/// The worked example of JCGM 101:2008 (GUM Supplement 1, "Propagation of distributions using a Monte Carlo method"),
/// clause 9.2, the additive model Y = X₁ + X₂ + X₃ + X₄ with independent inputs of expectation 0 and standard deviation 1:
/// clause 9.2.2, Table 2 (normal inputs): GUM uncertainty framework and Monte Carlo both give u(y) = 2.00 and the
/// 95 % coverage interval [−3.92, 3.92]; clause 9.2.3, Table 3 (rectangular inputs): the framework still gives
/// [−3.92, 3.92], the Monte Carlo method [−3.88, 3.88] — the sum of four rectangles is flatter-tailed than a normal.
/// <para>
/// Here the model is the calculation itself: ghg.total is the sum of four independent sources — electricity, purchased
/// heat, diesel and an R-410A release — each sized to 1,000 tCO2e and given a relative uncertainty whose standard
/// deviation is 1 % (10 t). Y is then 4,000 t with u(y) = 20 t, so the published intervals, scaled by 10 and moved to
/// 4,000, are [3,960.8, 4,039.2] and [3,961.2, 4,038.8]. The additive model is equivariant under that shift and scale,
/// so this is the published example, not a look-alike. Monte Carlo noise with 100,000 draws is about ±0.15 t on each
/// limit (the standard error of a 2.5 % quantile), so the Monte Carlo limits are held to 0.5 t, the framework's exactly.
/// </para>
/// </summary>
public class PublishedWorkedExampleTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaults().FactorSet;

    // Each source ≈ 1,000 tCO2e with the set's factors (hand-computed):
    // electricity 1,863.5855 MWh × 0.5366 = 999.99998; heat 9,090.9091 GJ × 0.11 = 1,000.000001;
    // diesel 323.0068 t × 42.652 GJ/t × 20.20 tC/TJ × 98 % × 44/12 = 999.99998; R-410A 519.8856 kg × 1,923.5 = 999.99995.
    private const string Sources = """
        "electricity": [{"amount": "1863.5855 MWh", "region": "CN"}],
        "heat": [{"amount": "9090.9091 GJ"}],
        "fuels": [{"fuel": "diesel", "amount": "323.0068 t"}],
        "refrigerants": [{"gas": "R-410A", "released": "519.8856 kg"}]
        """;

    private static MetricUncertainty GhgTotal(string percent, string distribution)
    {
        var json = $$$"""
            { {{{Sources}}},
              "uncertainty": {"inputs": {
                 "electricity": {"percent": "{{{percent}}}", "distribution": "{{{distribution}}}"},
                 "heat": {"percent": "{{{percent}}}", "distribution": "{{{distribution}}}"},
                 "fuels": {"percent": "{{{percent}}}", "distribution": "{{{distribution}}}"},
                 "refrigerants": {"percent": "{{{percent}}}", "distribution": "{{{distribution}}}"}},
               "draws": 100000, "seed": 2008}}
            """;
        var result = CalculationRequest.Run(JsonDocument.Parse(json).RootElement, Set);
        Assert.Equal(4000m, Math.Round(result.Metrics.Single(m => m.Field == "ghg.total").Value, 3));
        return result.Uncertainty!.Find("ghg.total") ?? throw new KeyNotFoundException("ghg.total");
    }

    [Fact]
    public void Normal_inputs_reproduce_jcgm_101_table_2_both_ways()
    {
        // A normal input's percentage is its 95 % half-width: 1.959964 % is a standard deviation of 1 %.
        var total = GhgTotal("1.959963984540054%", "normal");

        // Framework: 4,000 ∓ 1.959964 × 20 = ∓ 39.1993, printed outward to 6 significant digits (Table 2: ±3.92 × 10).
        Assert.Equal((3960.80m, 4039.20m), (total.Analytic.Low, total.Analytic.High));
        Assert.InRange(total.MonteCarlo.Low, 3960.3m, 3961.3m);
        Assert.InRange(total.MonteCarlo.High, 4038.7m, 4039.7m);
    }

    [Fact]
    public void Rectangular_inputs_reproduce_jcgm_101_table_3_monte_carlo_narrower_than_the_framework()
    {
        // A uniform input's percentage is its half-width: √3 % is a standard deviation of 1 %.
        var total = GhgTotal("1.7320508075688772935%", "uniform");

        Assert.Equal((3960.80m, 4039.20m), (total.Analytic.Low, total.Analytic.High)); // Table 3, GUF: ±3.92 × 10
        Assert.InRange(total.MonteCarlo.Low, 3960.7m, 3961.7m); // Table 3, MCM: −3.88 × 10 → 3,961.2
        Assert.InRange(total.MonteCarlo.High, 4038.3m, 4039.3m); // +3.88 × 10 → 4,038.8
        Assert.True(total.MonteCarlo.High - total.MonteCarlo.Low < total.Analytic.High - total.Analytic.Low,
            $"Monte Carlo [{total.MonteCarlo.Low}, {total.MonteCarlo.High}] should be narrower than the framework's [{total.Analytic.Low}, {total.Analytic.High}]");
    }
}
