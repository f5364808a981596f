using System.Net;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>POST /v1/attributions and the calculation's uncertainty over HTTP, on the shipped factor data.</summary>
public sealed class AttributionAndUncertaintyTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    [Fact]
    public async Task A_scope_2_total_of_1000_MWh_at_0_6776_is_attributed_to_the_2022_north_china_factor()
    {
        var report = await Wire.ReadAsync(await Client.PostAsync("/v1/attributions",
            Wire.Body("""{"period": "2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "totals": {"ghg.scope2": "677.6 tCO2e"}}""")));

        var total = report.GetProperty("totals")[0];
        Assert.Equal("ghg.scope2", total.GetProperty("metric").GetString());
        Assert.Contains(total.GetProperty("reproducing").EnumerateArray(),
            c => c.TryGetProperty("gridFactor", out var grid) && grid.GetProperty("id").GetString() == "cn-mee/electricity/2022:north");
        Assert.StartsWith("every factor set that can calculate the inventory", report.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attribution_without_printed_totals_is_a_problem_at_totals()
    {
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/attributions", Wire.Body("""{"electricity": [{"amount": "1 MWh", "region": "CN"}]}""")),
            HttpStatusCode.BadRequest, "missing-field", "$.totals");
    }

    [Fact]
    public async Task A_calculation_with_uncertainty_answers_both_intervals()
    {
        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body("""
            {"factorSet": "cn-2022", "electricity": [{"amount": "1000 MWh", "region": "CN-North"}], "uncertainty": {"inputs": {"electricity": "2%"}, "draws": 500}}
            """)));

        var scope2 = result.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.scope2");
        Assert.Equal("2", scope2.GetProperty("uncertainty").GetProperty("analyticPercent").GetString());
        Assert.Equal("664.048", scope2.GetProperty("uncertainty").GetProperty("analytic").GetProperty("low").GetString()); // 677.6 − 13.552
        Assert.Equal(500, result.GetProperty("uncertainty").GetProperty("draws").GetInt32());
    }
}
