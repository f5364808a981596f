using System.Net;
using System.Text;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.BadInput;

/// <summary>
/// A factor the set cannot give is a factor-not-resolved problem naming the field that asked for it, its value, the
/// reason in "detail" and, in "expected", what the set has that would have been accepted: on every endpoint that
/// calculates (JSON and CSV calculations, a check's inputs, uncertainty), and an attribution says why a set was left
/// out without that list.
/// </summary>
public sealed class FactorResolutionProblemTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private const string Reason = "no emission-factor for carrier electricity, region GB, year 2022, basis location-average in set cn-2022";
    private const string Has = "one of what set cn-2022 has for emission-factor/electricity: cn-mee/electricity/2022:national (region CN, data year 2022, basis location-average, gas CO2); ";

    [Theory]
    [InlineData("""{"factorSet":"cn-2022","period":"2022","electricity":[{"amount":"1,000 MWh","region":"GB"}]}""")]
    [InlineData("""{"factorSet":"cn-2022","period":"2022","electricity":[{"amount":"1,000 MWh","region":"GB"}],"uncertainty":{"factors":"ipcc","inputs":{"electricity":"2%"}}}""")]
    public async Task A_region_the_set_has_no_grid_factor_for_names_the_line_and_expects_what_the_set_has(string body)
    {
        var problem = await PostAsync("/v1/calculations", "application/json", body, "$.electricity[0].region");

        AssertSaysWhatTheSetHas(problem, "$.electricity[0].region");
    }

    [Fact]
    public async Task A_check_s_inputs_name_the_full_path_of_the_line()
    {
        var problem = await PostAsync("/v1/checks", "application/json",
            """{"options":{"factorSet":"cn-2022"},"inputs":{"period":"2022","electricity":[{"amount":"1,000 MWh","region":"GB"}]},"figures":[{"id":"a","metric":"ghg.scope2","value":"1 t"}]}""",
            "$.inputs.electricity[0].region");

        AssertSaysWhatTheSetHas(problem, "$.inputs.electricity[0].region");
    }

    [Fact]
    public async Task A_csv_line_is_named_by_its_row_and_column()
    {
        const string csv = "kind,amount,unit,region\r\nperiod,2022,,\r\nfactorSet,cn-2022,,\r\nelectricity,\"1,000\",MWh,GB\r\n";

        var problem = await PostAsync("/v1/calculations", "text/csv", csv, null);

        Assert.Equal("GB", problem.GetProperty("value").GetString());
        Assert.StartsWith(Has, problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
        Assert.Contains($"'GB': {Reason}; expected {Has}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("body.csv ", problem.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json", """{"factorSet":"cn-2022","period":"2022","heat":[{"amount":"100 GJ"}]}""", "$.region",
        "a \"region\" in the request (heat lines take the request's \"region\", else the country of its first electricity line), one of those set cn-2022 has emission-factor/heat for: CN")]
    [InlineData("application/json", """{"factorSet":"cn-2022","period":"2022","fuels":[{"fuel":"diesel","amount":"10 t"}]}""", "$.fuels[0].region",
        "a \"region\" on this line or the request, one of those set cn-2022 has net-calorific-value/diesel for: CN")]
    [InlineData("text/csv", "kind,fuel,amount,unit\r\nperiod,,2022,\r\nfactorSet,,cn-2022,\r\nfuel,diesel,5,t\r\n", "body.csv line 4",
        "a \"region\" on this line or the request, one of those set cn-2022 has net-calorific-value/diesel for: CN")]
    [InlineData("text/csv", "kind,amount,unit\r\nperiod,2022,\r\nfactorSet,cn-2022,\r\nheat,5,GJ\r\n", "body.csv (region)",
        "a \"region\" in the request (heat lines take the request's \"region\", else the country of its first electricity line), one of those set cn-2022 has emission-factor/heat for: CN")]
    public async Task A_line_without_a_region_names_the_missing_region_and_expects_the_regions_the_set_has(string mediaType, string body, string field, string expected)
    {
        var problem = await PostAsync("/v1/calculations", mediaType, body, field);

        Assert.True(!problem.TryGetProperty("value", out var value) || value.ValueKind == JsonValueKind.Null);
        Assert.StartsWith(expected, problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
        Assert.StartsWith($"{field}: no region applies, so set 'cn-2022' cannot resolve it: no ", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_override_names_the_override_and_expects_an_id_of_the_set()
    {
        var problem = await PostAsync("/v1/calculations", "application/json",
            """{"factorSet":"cn-2022","period":"2022","electricity":[{"amount":"1 MWh","region":"CN"}],"overrides":[{"factor":"cn-mee/electricity/2022:nortth","value":"0.5 tCO2/MWh"}]}""",
            "$.overrides[0].factor", "unknown-factor");

        Assert.Equal("cn-mee/electricity/2022:nortth", problem.GetProperty("value").GetString());
        var expected = problem.GetProperty("expected").GetString()!;
        Assert.StartsWith("a factor id of set cn-2022 (nearest: cn-mee/electricity/2022:north, ", expected, StringComparison.Ordinal);
        Assert.Equal(
            $"$.overrides[0].factor: 'cn-mee/electricity/2022:nortth': set cn-2022 has no factor with that id to override; expected {expected}",
            problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_attribution_says_why_a_set_does_not_apply_without_what_it_has()
    {
        using var content = new StringContent("""{"period":"2022","electricity":[{"amount":"1000 MWh","region":"CN-North"}],"totals":{"ghg.scope2":"677.6 tCO2e"}}""",
            Encoding.UTF8, "application/json");
        using var response = await fixture.Factory.CreateClient().PostAsync("/v1/attributions", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var uk = answer.RootElement.GetProperty("excluded").EnumerateArray().Single(e => e.GetProperty("factorSet").GetString() == "uk-desnz-2024");
        Assert.Equal(
            "$.electricity[0].region: 'CN-North': no emission-factor for carrier electricity, region CN-North, year 2024, basis location-average in set uk-desnz-2024",
            uk.GetProperty("reason").GetString());
    }

    private static void AssertSaysWhatTheSetHas(JsonElement problem, string field)
    {
        var expected = problem.GetProperty("expected").GetString()!;
        Assert.Equal("GB", problem.GetProperty("value").GetString());
        Assert.StartsWith(Has, expected, StringComparison.Ordinal);
        Assert.Contains("cn-mee/electricity/2022:north (region CN-North, data year 2022, basis location-average, gas CO2)", expected, StringComparison.Ordinal);
        Assert.DoesNotContain("no emission-factor", expected, StringComparison.Ordinal);
        Assert.Equal($"{field}: 'GB': {Reason}; expected {expected}", problem.GetProperty("detail").GetString());
    }

    private async Task<JsonElement> PostAsync(string path, string mediaType, string body, string? field, string slug = "factor-not-resolved")
    {
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        var response = await fixture.Factory.CreateClient().PostAsync(path, content);
        return await ProblemAssert.IsProblemAsync(response, HttpStatusCode.UnprocessableEntity, slug, field);
    }
}
