using System.Net;
using System.Text.RegularExpressions;
using Emissions.Api.OpenApi;
using Emissions.Api.Tests.Infrastructure;
using Emissions.Api.Tests.Service;

namespace Emissions.Api.Tests.Wired;

/// <summary>The OpenAPI examples are real: each request example is accepted, and each response example quotes the real answer.</summary>
public sealed partial class OpenApiExampleTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>
{
    [Fact]
    public async Task The_calculation_example_is_accepted_and_its_response_example_is_an_excerpt_of_the_answer()
    {
        var response = await fixture.Factory.CreateClient().PostAsync("/v1/calculations", Wire.Body(OpenApiExamples.CalculationRequest));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        AssertQuotes(OpenApiExamples.CalculationResponse, answer);
    }

    [Fact]
    public async Task The_check_example_is_accepted_and_its_response_example_is_the_answer()
    {
        var response = await fixture.Factory.CreateClient().PostAsync("/v1/checks", Wire.Body(OpenApiExamples.CheckRequest));
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, answer);
        using var expected = System.Text.Json.JsonDocument.Parse(OpenApiExamples.CheckResponse);
        using var actual = System.Text.Json.JsonDocument.Parse(answer);
        Assert.True(System.Text.Json.JsonElement.DeepEquals(expected.RootElement, actual.RootElement), answer);
    }

    [Fact]
    public async Task The_factor_set_and_submission_examples_are_accepted()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var created = await client.PostAsync("/v1/factor-sets", Wire.Body(OpenApiExamples.FactorSetDefinition));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        AssertQuotes(OpenApiExamples.FactorSetCreated, await created.Content.ReadAsStringAsync());

        var stored = await client.PostAsync("/v1/submissions", Wire.Body(OpenApiExamples.SubmissionRequest));
        Assert.True(stored.StatusCode == HttpStatusCode.Created, await stored.Content.ReadAsStringAsync());
    }

    private static void AssertQuotes(string example, string answer)
    {
        foreach (Match literal in StringLiteral().Matches(example))
        {
            if (!literal.Value.Contains('…', StringComparison.Ordinal))
            {
                Assert.True(answer.Contains(literal.Value, StringComparison.Ordinal), $"{literal.Value} is not in {answer}");
            }
        }
    }

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex StringLiteral();
}
