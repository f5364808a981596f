using System.Net;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;
using Emissions.Calculation;
using Emissions.Contract.Calculations;

namespace Emissions.Api.Tests.Wired;

/// <summary>POST /v1/calculations runs Emissions.Core on the shipped factor data: the same numbers as `emissions calculate`.</summary>
public sealed class CalculationTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    private static HttpRequestMessage Csv(string body) =>
        new(HttpMethod.Post, "/v1/calculations") { Content = Wire.Body(body), Headers = { { "Accept", "text/csv" } } };

    [Fact]
    public async Task Kuaishou_2020_inputs_with_printed_totals_give_the_reported_ghg_per_employee()
    {
        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body(Repository.KuaishouInputs)));

        var metrics = result.GetProperty("metrics").EnumerateArray().ToList();
        var perEmployee = metrics.Single(m => m.GetProperty("id").GetString() == "ghg.total.per-employee");

        // 694,400 tCO2e (the printed 69.44 萬噸) / 21,499 persons; the report prints 32.30 (line 1177).
        Assert.Equal("32.29917670589329736266803107", perEmployee.GetProperty("value").GetString());
        Assert.Equal(32.29917671m, Math.Round(decimal.Parse(perEmployee.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 8));
        Assert.Equal("tCO2e/person", perEmployee.GetProperty("unit").GetString());
        Assert.Equal("ghg.total / org.headcount", perEmployee.GetProperty("trace").GetProperty("formula").GetString());
        Assert.False(perEmployee.TryGetProperty("site", out _));

        var set = result.GetProperty("factorSet");
        Assert.Equal("cn-2020", set.GetProperty("id").GetString());
        Assert.Equal(Repository.Factors.GetSet("cn-2020").ContentHash, set.GetProperty("contentHash").GetString());
        Assert.Matches("^[0-9a-f]{64}$", set.GetProperty("contentHash").GetString());

        // cn-2020 uses data year 2021 grid factors, and the given totals differ from their components: both are warnings.
        Assert.NotEqual(0, result.GetProperty("warnings").GetArrayLength());

        var scope2 = metrics.Single(m => m.GetProperty("id").GetString() == "ghg.scope2");
        var factorIds = scope2.GetProperty("trace").GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("id").GetString());
        Assert.Contains("cn-mee/electricity/2021:national", factorIds);
    }

    [Fact]
    public async Task The_service_answers_exactly_what_core_computes_for_the_cli()
    {
        using var request = JsonDocument.Parse(Repository.KuaishouInputs);
        var core = CalculationResponse.From(CalculationRequest.Run(request.RootElement, Repository.Factors));

        var served = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body(Repository.KuaishouInputs)));

        Assert.Equal(
            core.Metrics.Select(m => $"{m.Id}@{m.Site}={m.Value} {m.Unit} | {m.Trace!.Formula} | {string.Join(" ", m.Trace.Factors.Select(f => f.Id))}"),
            served.GetProperty("metrics").EnumerateArray().Select(m =>
                $"{m.GetProperty("id").GetString()}@{(m.TryGetProperty("site", out var s) ? s.GetString() : null)}={m.GetProperty("value").GetString()} {m.GetProperty("unit").GetString()} | " +
                $"{m.GetProperty("trace").GetProperty("formula").GetString()} | {string.Join(" ", m.GetProperty("trace").GetProperty("factors").EnumerateArray().Select(f => f.GetProperty("id").GetString()))}"));
        Assert.Equal(core.Warnings, served.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Accept_text_csv_returns_the_metric_table_with_exact_values()
    {
        var response = await Client.SendAsync(Csv(Repository.KuaishouInputs));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n");
        Assert.Equal("metric,site,value,unit,formula,factors", lines[0]);
        Assert.Contains("ghg.total.per-employee,,32.29917670589329736266803107,tCO2e/person,ghg.total / org.headcount,", lines);
        Assert.Contains(lines, l => l.StartsWith("ghg.scope2,,400452.056944,tCO2e,\"Σ electricity × grid factor (region, year) + Σ heat × heat factor\",cn-mee/electricity/2021:national ", StringComparison.Ordinal));
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public async Task An_inline_override_replaces_one_factor_and_is_traced()
    {
        const string body = """
            {"factorSet": "cn-2020", "period": "2020",
             "electricity": [{"amount": "1,000 MWh", "region": "CN"}],
             "overrides": [{"factor": "cn-mee/electricity/2021:national", "value": "0.5 tCO2/MWh"}]}
            """;
        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body(body)));
        var scope2 = result.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.scope2");
        Assert.Equal("500", scope2.GetProperty("value").GetString());
        var factor = scope2.GetProperty("trace").GetProperty("factors")[0];
        Assert.True(factor.GetProperty("overridden").GetBoolean());
        Assert.Contains(result.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("overrid", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_request_for_which_no_default_set_fits_is_422_naming_the_closest_and_listing_the_sets()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("/v1/calculations", Wire.Body("""{"period": "2019", "electricity": [{"amount": "1 MWh", "region": "CN"}]}""")),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
        Assert.Equal(Repository.Factors.Sets.Select(s => s.Id), problem.GetProperty("available").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("the closest is cn-2020 (reporting year 2020)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("cn-2020", problem.GetProperty("expected").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_naming_no_factor_set_gets_the_default_for_its_country_and_period_with_a_warning()
    {
        // 1,000 MWh in North China, 2023: cn-2023's North grid factor (cn-mee/electricity/2023:north).
        var body = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations",
            Wire.Body("""{"period": "2023", "electricity": [{"amount": "1,000 MWh", "region": "CN-North"}]}""")));
        var pinned = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations",
            Wire.Body("""{"period": "2023", "factorSet": "cn-2023", "electricity": [{"amount": "1,000 MWh", "region": "CN-North"}]}""")));

        Assert.Equal("cn-2023", body.GetProperty("factorSet").GetProperty("id").GetString());
        Assert.StartsWith("no factor set named: using cn-2023, the default set for CN and reporting year 2023", body.GetProperty("warnings")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(Metric(pinned, "ghg.scope2"), Metric(body, "ghg.scope2"));
    }

    private static string? Metric(JsonElement response, string id) =>
        response.GetProperty("metrics").EnumerateArray().First(m => m.GetProperty("id").GetString() == id).GetProperty("value").GetString();

    [Fact]
    public async Task Trace_summary_lists_each_input_line_once_and_traces_refer_to_their_range()
    {
        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations?trace=summary",
            Wire.Body("""{"factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}, {"amount": "50 MWh", "region": "CN-North"}]}""")));

        var lines = result.GetProperty("lines").EnumerateArray().Select(l => $"{l.GetProperty("field").GetString()}={l.GetProperty("value").GetString()}").ToList();
        Assert.Equal(["$.electricity[0].amount=100", "$.electricity[1].amount=50"], lines);
        var scope2 = result.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == "ghg.scope2");
        // 150 MWh × 0.6776 tCO2/MWh (cn-mee/electricity/2022:north)
        Assert.Equal("101.64", scope2.GetProperty("value").GetString());
        var range = Assert.Single(scope2.GetProperty("trace").GetProperty("lines").EnumerateArray().ToList());
        Assert.Equal((0, 1), (range.GetProperty("from").GetInt32(), range.GetProperty("to").GetInt32()));
    }

    [Fact]
    public async Task Trace_none_answers_the_figures_without_traces()
    {
        var result = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations?trace=none",
            Wire.Body("""{"factorSet": "cn-2022", "electricity": [{"amount": "100 MWh", "region": "CN-North"}]}""")));

        Assert.All(result.GetProperty("metrics").EnumerateArray(), m => Assert.False(m.TryGetProperty("trace", out _)));
    }

    [Fact]
    public async Task An_unknown_trace_detail_is_400_naming_the_query_parameter()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("/v1/calculations?trace=brief", Wire.Body("""{"factorSet": "cn-2022", "electricity": [{"amount": "1 MWh", "region": "CN"}]}""")),
            HttpStatusCode.BadRequest, "invalid-parameter", "trace");
        Assert.Equal("brief", problem.GetProperty("value").GetString());
    }

    [Fact]
    public async Task Unknown_units_carry_suggestions_and_the_json_path()
    {
        var problem = await ProblemAssert.IsProblemAsync(
            await Client.PostAsync("/v1/calculations", Wire.Body("""{"factorSet": "cn-2020", "electricity": [{"amount": "5 MWhh", "region": "CN"}]}""")),
            HttpStatusCode.UnprocessableEntity, "unknown-unit", "$.electricity[0].amount");
        Assert.Equal("5 MWhh", problem.GetProperty("value").GetString());
        Assert.Contains("MWh", problem.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_stored_inputs_submission_is_validated_by_the_calculation_and_its_results_equal_a_direct_calculation()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var bad = await client.PostAsync("/v1/submissions", Wire.Body("""{"kind": "inputs", "period": "2020", "document": {"factorSet": "cn-2020", "fuels": [{"fuel": "kerosene", "amount": "1 t"}]}}"""));
        await ProblemAssert.IsProblemAsync(bad, HttpStatusCode.UnprocessableEntity, "invalid-input", "$.document.fuels[0].fuel");
        Assert.Equal(0, (await Wire.ReadAsync(await client.GetAsync("/v1/submissions"))).GetProperty("submissions").GetArrayLength());

        var receipt = await Wire.ReadAsync(await client.PostAsync("/v1/submissions", Wire.Body($$"""{"kind": "inputs", "period": "2020", "document": {{Repository.KuaishouInputs}}}""")));
        Assert.Equal("cn-2020", receipt.GetProperty("factorSet").GetProperty("id").GetString());
        var id = receipt.GetProperty("id").GetString();

        var stored = await Wire.ReadAsync(await client.GetAsync($"/v1/submissions/{id}/results"));
        var direct = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body(Repository.KuaishouInputs)));
        Assert.Equal(direct.GetRawText(), stored.GetProperty("result").GetRawText());
    }
}
