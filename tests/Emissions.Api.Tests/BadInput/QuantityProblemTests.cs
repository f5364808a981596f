using System.Net;
using System.Text;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// A quantity the service cannot read is a problem whose "detail" says why and whose "expected" says what would have
/// been read (never the reason again), with the service's own pointer: GET /v1/units, the numberFormat option.
/// </summary>
public sealed class QuantityProblemTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private const string Representable = "a number of at most 28 significant digits, at most 79,228,162,514,264,337,593,543,950,335 (about 7.9e28) in magnitude and down to 1e-28";

    [Fact]
    public async Task A_calculation_amount_too_large_for_decimal_expects_a_number_decimal_holds_and_says_why_in_the_detail()
    {
        var problem = await PostAsync("/v1/calculations", """{"factorSet":"cn-2020","period":"2020","fuels":[{"fuel":"diesel","amount":{"value":"1e40","unit":"t"}}]}""",
            "number-out-of-range", "$.fuels[0].amount");

        Assert.Equal(Representable, problem.GetProperty("expected").GetString());
        Assert.Contains("'1e40' is too large for decimal", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("; expected " + Representable, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_check_figure_too_large_for_decimal_expects_a_number_decimal_holds()
    {
        var problem = await PostAsync("/v1/checks", """{"figures":[{"id":"a","value":"1e40","unit":"t"}]}""", "number-out-of-range", "$.figures[0].value");

        Assert.Equal("1e40", problem.GetProperty("value").GetString());
        Assert.Equal(Representable, problem.GetProperty("expected").GetString());
        Assert.DoesNotContain("1e40", problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_expects_a_known_one_and_points_at_the_units_resource()
    {
        var problem = await PostAsync("/v1/checks", """{"figures":[{"id":"a","value":"5","unit":"zqxjv"}]}""", "unknown-unit", "$.figures[0].unit");

        Assert.Equal("a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh; GET /v1/units lists every spelling", problem.GetProperty("expected").GetString());
        Assert.StartsWith("$.figures[0].unit: 'zqxjv': '5 zqxjv': unknown unit 'zqxjv'; no known unit is close; expected a known unit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_near_known_ones_names_them_in_the_detail_and_expects_a_known_unit()
    {
        var problem = await PostAsync("/v1/checks", """{"figures":[{"id":"a","value":"5","unit":"MWhh"}]}""", "unknown-unit", "$.figures[0].unit");

        var suggestions = problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains($"; nearest known: {string.Join(", ", suggestions)}; expected a known unit", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh; GET /v1/units lists every spelling", problem.GetProperty("expected").GetString());
    }

    [Fact]
    public async Task A_decimal_comma_number_read_as_invariant_points_at_the_number_format_option()
    {
        var problem = await PostAsync("/v1/checks", """{"figures":[{"id":"a","value":"1.234,5 MWh"}]}""", "malformed-number", "$.figures[0].value");

        Assert.Equal("a number in the invariant format, e.g. 1,234.5 (',' groups thousands in threes, '.' is the decimal point); a table printed as 1.234,5 or 1 234,5 is read with numberFormat \"decimal-comma\"",
            problem.GetProperty("expected").GetString());
        Assert.DoesNotContain("numberFormat", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<System.Text.Json.JsonElement> PostAsync(string path, string body, string slug, string field)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await fixture.Factory.CreateClient().PostAsync(path, content);
        return await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, slug, field);
    }
}
