using System.Net;
using System.Text.Json;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Storage;

namespace Emissions.Api.Tests.Service;

/// <summary>Every endpoint's success path and the error kinds not covered by the corpus.</summary>
public sealed class ServiceTests(FakeServiceFixture fixture) : IClassFixture<FakeServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    [Fact]
    public async Task Readiness_is_200_when_the_database_answers_and_factors_are_loaded()
    {
        var health = await Wire.ReadAsync(await Client.GetAsync("/readyz"));
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal("sqlite", health.GetProperty("database").GetProperty("provider").GetString());
        Assert.Equal(2, health.GetProperty("factors").GetProperty("sets").GetInt32());
    }

    [Fact]
    public async Task Units_list_english_and_chinese_symbols_with_kind_and_size()
    {
        var units = (await Wire.ReadAsync(await Client.GetAsync("/v1/units"))).GetProperty("units").EnumerateArray().ToList();
        var du = units.Single(u => u.GetProperty("symbol").GetString() == "度");
        Assert.Equal("Energy", du.GetProperty("kind").GetString());
        Assert.Equal("1", du.GetProperty("canonicalFactor").GetString());
        Assert.Contains(units, u => u.GetProperty("symbol").GetString() == "tCO2e");
        Assert.Contains(units, u => u.GetProperty("symbol").GetString() == "亩");
    }

    [Fact]
    public async Task Metrics_come_from_the_catalogue_module()
    {
        var metrics = await Wire.ReadAsync(await Client.GetAsync("/v1/metrics"));
        Assert.Equal("ghg.total", metrics.GetProperty("metrics")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Factor_sets_list_and_detail_show_editions_and_content_hash()
    {
        var list = await Wire.ReadAsync(await Client.GetAsync("/v1/factor-sets"));
        Assert.Equal(["test-2020", "test-2021"], list.GetProperty("sets").EnumerateArray().Select(s => s.GetProperty("id").GetString()));
        var set = await Wire.ReadAsync(await Client.GetAsync("/v1/factor-sets/test-2020"));
        Assert.Equal("hash-test-2020", set.GetProperty("contentHash").GetString());
        Assert.Equal("shipped", set.GetProperty("source").GetString());
        Assert.Equal("cn", set.GetProperty("method").GetString());
        Assert.Equal("Test publisher", set.GetProperty("editions")[0].GetProperty("publisher").GetString());
        Assert.Equal("test/electricity/2020:national", set.GetProperty("factors")[0].GetString());
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/factor-sets/nope"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [Fact]
    public async Task A_factor_keeps_its_printed_value_and_provenance()
    {
        var factor = await Wire.ReadAsync(await Client.GetAsync("/v1/factors/test/electricity/2020:national"));
        Assert.Equal("0.5810", factor.GetProperty("value").GetString());
        Assert.Equal("tCO2/MWh", factor.GetProperty("unit").GetString());
        Assert.Equal("emission-factor", factor.GetProperty("parameter").GetString());
        Assert.Equal("confirmed", factor.GetProperty("verification").GetString());
        Assert.Equal(2020, factor.GetProperty("applicability").GetProperty("dataYear").GetInt32());
        Assert.Equal("test/electricity/2020", factor.GetProperty("edition").GetString());
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/factors/test/electricity/2020:nowhere"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [Fact]
    public async Task Calculations_and_checks_answer_json_or_csv()
    {
        var json = await Wire.ReadAsync(await Client.PostAsync("/v1/calculations", Wire.Body("""{"factorSet": "test-2020", "electricity": "10"}""")));
        Assert.Equal("5.8100", json.GetProperty("metrics")[0].GetProperty("value").GetString());
        Assert.Equal("hash-test-2020", json.GetProperty("factorSet").GetProperty("contentHash").GetString());

        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body("""{"options": {"factorSet": "test-2021"}, "electricity": "1"}""") };
        request.Headers.Add("Accept", "text/csv");
        var csv = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("metric,value,unit\r\nghg.scope2,0.5810,tCO2\r\n", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var preferJson = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body("{}") };
        preferJson.Headers.Add("Accept", "text/csv;q=0.5, application/json");
        Assert.Equal("application/json", (await Client.SendAsync(preferJson)).Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Compute_module_errors_map_by_exception_type()
    {
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/calculations", Wire.Body("""{"bad": "MWhh"}""")), HttpStatusCode.UnprocessableEntity, "unknown-unit", "$.bad");
    }

    [Fact]
    public async Task Unknown_routes_and_methods_are_problem_documents()
    {
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/nothing-here"), HttpStatusCode.NotFound, "not-found");
        await ProblemAssert.IsProblemAsync(await Client.DeleteAsync("/v1/submissions/0123456789abcdef0123456789abcdef"), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/calculations"), HttpStatusCode.MethodNotAllowed, "method-not-allowed");
    }

    [Fact]
    public async Task Submissions_need_a_key_and_unknown_ids_are_404()
    {
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/submissions/0123456789abcdef0123456789abcdef"), HttpStatusCode.Unauthorized, "missing-api-key", "Authorization");
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/v1/submissions/0123456789abcdef0123456789abcdef"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/v1/submissions/not-an-id"), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await client.PutAsync("/v1/submissions/0123456789abcdef0123456789abcdef", Wire.Body(Wire.Submission())), HttpStatusCode.NotFound, "not-found", "id");
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/v1/submissions/0123456789abcdef0123456789abcdef/results"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [Fact]
    public async Task The_default_body_limit_is_one_mebibyte()
    {
        var justUnder = "{\"pad\":\"" + new string('x', 1_048_576 - 12) + "\"}";
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/v1/calculations", Wire.Body(justUnder))).StatusCode);
        var over = "{\"pad\":\"" + new string('x', 1_048_576) + "\"}";
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/calculations", Wire.Body(over)), HttpStatusCode.RequestEntityTooLarge, "body-too-large", "$");
    }

    [Fact]
    public async Task The_default_entry_limit_is_ten_thousand()
    {
        var body = """{"figures":[""" + string.Join(",", Enumerable.Repeat("1", 10_001)) + "]}";
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/checks", Wire.Body(body)), HttpStatusCode.RequestEntityTooLarge, "too-many-figures", "$.figures[10000]");
        var fits = """{"figures":[""" + string.Join(",", Enumerable.Repeat("1", 10_000)) + "]}";
        Assert.Equal(HttpStatusCode.OK, (await Client.PostAsync("/v1/checks", Wire.Body(fits))).StatusCode);
    }

    [Fact]
    public async Task Keys_work_as_bearer_token_or_x_api_key_header()
    {
        var key = await fixture.Factory.CreateKeyAsync("org-headers", ApiKeyRole.Auditor);
        Assert.Equal(HttpStatusCode.OK, (await fixture.Factory.ClientWithKey(key).GetAsync("/v1/submissions")).StatusCode);
        var client = Client;
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v1/submissions")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_with_examples_and_problems()
    {
        var document = await Wire.ReadAsync(await Client.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        foreach (var path in new[]
        {
            "/healthz", "/readyz", "/v1/units", "/v1/metrics", "/v1/calculations", "/v1/checks", "/v1/factor-sets", "/v1/factor-sets/{id}",
            "/v1/factors/{id}", "/v1/submissions", "/v1/submissions/{id}", "/v1/submissions/{id}/revisions",
            "/v1/submissions/{id}/revisions/{n}", "/v1/submissions/{id}/results",
        })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var check = paths.GetProperty("/v1/checks").GetProperty("post");
        Assert.True(check.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        Assert.True(check.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").TryGetProperty("example", out _));
        Assert.True(check.GetProperty("responses").GetProperty("422").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("apiKey", out _));
    }

    [Fact]
    public async Task The_openapi_document_lists_the_trace_query_parameter_where_it_is_read()
    {
        var document = await Wire.ReadAsync(await Client.GetAsync("/openapi/v1.json"));
        var paths = document.GetProperty("paths");
        var calculate = paths.GetProperty("/v1/calculations").GetProperty("post");
        var trace = Assert.Single(calculate.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "trace");
        Assert.Equal("query", trace.GetProperty("in").GetString());
        Assert.False(trace.TryGetProperty("required", out var required) && required.GetBoolean());
        Assert.Equal(["none", "summary", "full"], trace.GetProperty("schema").GetProperty("enum").EnumerateArray().Select(v => v.GetString()!));

        // POST /v1/checks answers without traces: it does not read ?trace= and does not list it.
        var check = paths.GetProperty("/v1/checks").GetProperty("post");
        Assert.False(check.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "trace"));
    }

    [Fact]
    public async Task The_openapi_document_says_the_template_is_a_workbook_of_bytes()
    {
        var document = await Wire.ReadAsync(await Client.GetAsync("/openapi/v1.json"));
        var ok = document.GetProperty("paths").GetProperty("/v1/calculations/template").GetProperty("get").GetProperty("responses").GetProperty("200");

        // A client generated from the document must read the answer as a file, not as JSON and not as nothing.
        var content = Assert.Single(ok.GetProperty("content").EnumerateObject());
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content.Name);
        var schema = content.Value.GetProperty("schema");
        Assert.Equal("string", schema.GetProperty("type").GetString());
        Assert.Equal("binary", schema.GetProperty("format").GetString());
    }

    [Fact]
    public async Task The_docs_page_points_at_the_openapi_document()
    {
        var page = await Client.GetAsync("/docs/index.html");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var config = await Client.GetStringAsync("/docs/index.js");
        Assert.Contains("/openapi/v1.json", config + await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/docs")]
    [InlineData("/DOCS/")]
    public async Task The_docs_prefix_leads_to_the_docs_page(string path)
    {
        var page = await Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/docs/index.html", page.RequestMessage?.RequestUri?.AbsolutePath.ToLowerInvariant());
    }

    [Fact]
    public async Task Problem_documents_carry_a_trace_id_and_the_request_path()
    {
        var problem = await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/calculations", Wire.Body("{")), HttpStatusCode.BadRequest, "malformed-json", "$");
        Assert.Equal("/v1/calculations", problem.GetProperty("instance").GetString());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("traceId").GetString()));
        Assert.Equal(JsonValueKind.String, problem.GetProperty("expected").ValueKind);
    }
}
