using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Api.Contract;
using Emissions.Api.OpenApi;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Readme;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Contract;

/// <summary>
/// The published schemas (docs/schemas) describe what the service really reads and writes: every request example in
/// the README, CONTRACT.md and the OpenAPI document validates, and so do the service's real answers.
/// </summary>
public sealed partial class ContractSchemaTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    private static void Valid(string schema, string json, string where)
    {
        using var document = JsonDocument.Parse(json);
        var violations = ContractSchemas.Validator(schema).Validate(document.RootElement);
        Assert.True(violations.Count == 0, $"{where} breaks {schema}.schema.json: {string.Join("; ", violations.Select(v => $"{v.Path}: {v.Message}"))}");
    }

    private static string SchemaFor(string url) => url.EndsWith("/v1/calculations", StringComparison.Ordinal)
        ? ContractSchemas.CalculationRequest
        : ContractSchemas.CheckRequest;

    [Fact]
    public void Every_schema_is_served_from_the_files_in_docs_schemas()
    {
        var files = Directory.GetFiles(Repository.PathOf("docs/schemas"), "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(files, ContractSchemas.Names.Order(StringComparer.Ordinal));
        foreach (var name in ContractSchemas.Names)
        {
            Assert.Equal(File.ReadAllText(Repository.PathOf($"docs/schemas/{name}.schema.json")), ContractSchemas.Text(name));
            using var schema = JsonDocument.Parse(ContractSchemas.Text(name)!);
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        }
    }

    [Fact]
    public async Task A_schema_is_served_by_name_and_an_unknown_name_is_a_404_naming_it()
    {
        var client = fixture.Factory.CreateClient();
        var schema = await client.GetAsync("/v1/schemas/check-answer.schema.json");
        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        Assert.Equal("application/schema+json", schema.Content.Headers.ContentType?.MediaType);
        Assert.Equal(ContractSchemas.Text("check-answer"), await schema.Content.ReadAsStringAsync());

        var list = await Wire.ReadAsync(await client.GetAsync("/v1/schemas"));
        Assert.Equal(5, list.GetProperty("schemas").GetArrayLength());
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/v1/schemas/answer"), HttpStatusCode.NotFound, "not-found", "name");
    }

    [Fact]
    public void Every_calculation_and_check_body_in_the_README_validates()
    {
        var bodies = 0;
        var readme = Repository.Read("README.md");

        // Shell variables the README captures ($KEY, $ID …) stand for values no body here needs.
        var variables = ShellVariable().Matches(readme).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToDictionary(n => n, _ => "x", StringComparer.Ordinal);
        foreach (var command in ReadmeExamples.Commands(readme))
        {
            var words = ReadmeExamples.Words(command.Text, variables);
            var url = words.LastOrDefault(w => w.StartsWith("http", StringComparison.Ordinal)) ?? "";
            var data = words.SkipWhile(w => w is not ("-d" or "--data" or "--data-binary")).Skip(1).FirstOrDefault();
            if (data is null || !(url.EndsWith("/v1/calculations", StringComparison.Ordinal) || url.EndsWith("/v1/checks", StringComparison.Ordinal))
                || data.EndsWith(".xlsx", StringComparison.Ordinal) || data.EndsWith(".csv", StringComparison.Ordinal))
            {
                continue;
            }

            var json = data.StartsWith('@') ? File.ReadAllText(Repository.PathOf(data[1..])) : data;
            Valid(SchemaFor(url), json, $"README line {command.Line}");
            bodies++;
        }

        Assert.True(bodies >= 6, $"only {bodies} README bodies found");
    }

    [Fact]
    public void The_request_examples_of_CONTRACT_md_validate()
    {
        var blocks = JsonBlock().Matches(Repository.Read("docs/CONTRACT.md")).Select(m => m.Groups["json"].Value).Where(b => b.TrimStart().StartsWith('{')).ToList();
        Assert.Equal(2, blocks.Count);
        Valid(ContractSchemas.CalculationRequest, blocks[0], "CONTRACT.md's calculation request");
        Valid(ContractSchemas.CheckRequest, blocks[1], "CONTRACT.md's check request");
    }

    [Fact]
    public void The_OpenAPI_examples_validate()
    {
        Valid(ContractSchemas.CalculationRequest, OpenApiExamples.CalculationRequest, "OpenApiExamples.CalculationRequest");
        Valid(ContractSchemas.CheckRequest, OpenApiExamples.CheckRequest, "OpenApiExamples.CheckRequest");
        Valid(ContractSchemas.CheckAnswer, OpenApiExamples.CheckResponse, "OpenApiExamples.CheckResponse");
        Valid(ContractSchemas.CalculationAnswer, OpenApiExamples.CalculationResponse.Replace("\"warnings\"", "\"diagnostics\": [], \"warnings\"", StringComparison.Ordinal),
            "OpenApiExamples.CalculationResponse (an excerpt without diagnostics)");
    }

    [Fact]
    public async Task The_OpenAPI_document_publishes_the_schemas_for_both_endpoints_and_their_problems()
    {
        var document = await Wire.ReadAsync(await fixture.Factory.CreateClient().GetAsync("/openapi/v1.json"));
        var schemas = document.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "CalculationRequest", "CalculationAnswer", "CheckRequest", "CheckAnswer", "Problem", "CheckAnswer.check", "CalculationRequest.quantity" })
        {
            Assert.True(schemas.TryGetProperty(name, out _), $"components.schemas lacks {name}");
        }

        foreach (var (path, request, answer) in new[] { ("/v1/calculations", "CalculationRequest", "CalculationAnswer"), ("/v1/checks", "CheckRequest", "CheckAnswer") })
        {
            var post = document.GetProperty("paths").GetProperty(path).GetProperty("post");
            var body = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json");
            Assert.Equal($"#/components/schemas/{request}", body.GetProperty("schema").GetProperty("$ref").GetString());
            var ok = post.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json");
            Assert.Equal($"#/components/schemas/{answer}", ok.GetProperty("schema").GetProperty("$ref").GetString());
            var problem = post.GetProperty("responses").GetProperty("422").GetProperty("content").GetProperty("application/problem+json");
            Assert.Equal("#/components/schemas/Problem", problem.GetProperty("schema").GetProperty("$ref").GetString());

            // The examples shown with the schemas are the ones the schemas accept.
            Valid(request == "CalculationRequest" ? ContractSchemas.CalculationRequest : ContractSchemas.CheckRequest, body.GetProperty("example").GetRawText(), $"{path} request example");
        }
    }

    [Fact]
    public async Task The_real_answers_for_Kuaishou_2020_validate_against_the_answer_schemas()
    {
        var client = fixture.Factory.CreateClient();
        var check = await client.PostAsync("/v1/checks", Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/report.json")));
        var checkAnswer = await check.Content.ReadAsStringAsync();
        Assert.True(check.StatusCode == HttpStatusCode.OK, checkAnswer);
        Valid(ContractSchemas.CheckAnswer, checkAnswer, "the Kuaishou 2020 check");

        // One figure, by its own id, of catalogue metric ghg.total.per-employee: figure and metric say which is which.
        using var parsed = JsonDocument.Parse(checkAnswer);
        var perEmployee = parsed.RootElement.GetProperty("checks").EnumerateArray()
            .First(c => c.GetProperty("relation").GetString() == "ghg.total.per-employee = ghg.total / org.headcount");
        Assert.Equal("ghg_total_per_employee", perEmployee.GetProperty("figure").GetString());
        Assert.Equal("ghg.total.per-employee", perEmployee.GetProperty("metric").GetString());

        var calculation = await client.PostAsync("/v1/calculations", Wire.Body(Repository.Read("tests/fixtures/kuaishou-2020/inputs-with-printed-totals.json")));
        var calculationAnswer = await calculation.Content.ReadAsStringAsync();
        Assert.True(calculation.StatusCode == HttpStatusCode.OK, calculationAnswer);
        Valid(ContractSchemas.CalculationAnswer, calculationAnswer, "the Kuaishou 2020 calculation");
    }

    [Fact]
    public async Task A_problem_answer_validates_against_the_problem_schema()
    {
        var response = await fixture.Factory.CreateClient().PostAsync("/v1/calculations", Wire.Body("""{"factorSet": "cn-2020", "fuels": [{"fuel": "kerosene", "amount": "1 t"}]}"""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Valid(ContractSchemas.Problem, await response.Content.ReadAsStringAsync(), "the kerosene problem");
    }

    [Fact]
    public void The_schemas_refuse_what_the_readers_refuse_an_unknown_field_and_a_figure_without_value()
    {
        using var unknown = JsonDocument.Parse("""{"factorSet": "cn-2020", "colour": "green"}""");
        var violation = Assert.Single(ContractSchemas.Validator(ContractSchemas.CalculationRequest).Validate(unknown.RootElement));
        Assert.Equal("$.colour", violation.Path);

        using var noValue = JsonDocument.Parse("""{"figures": [{"metric": "ghg.total"}]}""");
        var missing = Assert.Single(ContractSchemas.Validator(ContractSchemas.CheckRequest).Validate(noValue.RootElement));
        Assert.Equal(new Emissions.Factors.Loading.SchemaViolation("$.figures[0].value", "required property 'value' is missing", null, "a string or a number or an object with value, unit"), missing);
    }

    private const string CalculationWithUncertainty = """
        {"factorSet": "cn-2020", "electricity": [{"amount": "1000 MWh", "region": "CN"}], "fuels": [{"fuel": "diesel", "amount": "10 t"}],
         "uncertainty": {"inputs": {"electricity": "2%", "fuels": {"percent": "5%", "distribution": "uniform"}}, "factors": "ipcc", "seed": 1, "draws": 1000}}
        """;

    private const string CheckWithUncertainty = """
        {"period": "2020", "figures": [{"id": "e", "value": "100.0 MWh"}, {"id": "h", "value": "10.0 MWh"}, {"id": "t", "value": "113.0 MWh"}],
         "relations": [{"id": "sum", "metric": "t", "formula": "e + h"}], "options": {"uncertainty": {"figures": "2%", "factors": "5%", "named": {"e": "1%"}}}}
        """;

    [Theory]
    [InlineData("/v1/calculations", CalculationWithUncertainty)]
    [InlineData("/v1/checks", CheckWithUncertainty)]
    public async Task An_uncertainty_request_as_CONTRACT_md_documents_it_validates_and_so_does_its_answer(string path, string body)
    {
        Valid(SchemaFor(path), body, $"the uncertainty request to {path}");

        var response = await fixture.Factory.CreateClient().PostAsync(path, Wire.Body(body));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        Assert.Contains("\"uncertainty\"", answer, StringComparison.Ordinal);
        Valid(path.EndsWith("/v1/checks", StringComparison.Ordinal) ? ContractSchemas.CheckAnswer : ContractSchemas.CalculationAnswer, answer, $"the answer of {path}");
    }

    [Fact]
    public void The_schemas_refuse_an_uncertainty_member_the_readers_refuse()
    {
        using var calculation = JsonDocument.Parse("""{"factorSet": "cn-2020", "uncertainty": {"inputs": {"steam": "2%"}}}""");
        Assert.Equal("$.uncertainty.inputs.steam", Assert.Single(ContractSchemas.Validator(ContractSchemas.CalculationRequest).Validate(calculation.RootElement)).Path);

        using var check = JsonDocument.Parse("""{"figures": [{"id": "a", "value": "1"}], "options": {"uncertainty": {"draws": 100}}}""");
        Assert.Equal("$.options.uncertainty.draws", Assert.Single(ContractSchemas.Validator(ContractSchemas.CheckRequest).Validate(check.RootElement)).Path);
    }

    [GeneratedRegex(@"\$(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ShellVariable();

    [GeneratedRegex("```json\\n(?<json>.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
