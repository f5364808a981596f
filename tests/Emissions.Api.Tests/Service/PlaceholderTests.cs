using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

/// <summary>Until the compute modules and the factor loader are wired in, their endpoints answer 501 problems — after the service's own checks.</summary>
public sealed class PlaceholderTests(PlaceholderServiceFixture fixture) : IClassFixture<PlaceholderServiceFixture>
{
    private HttpClient Client => fixture.Factory.CreateClient();

    [Fact]
    public async Task Calculations_answer_501_not_implemented()
    {
        var problem = await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/calculations", Wire.Body("{}")), HttpStatusCode.NotImplemented, "not-implemented");
        Assert.Contains("calculation", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_answer_501_not_implemented()
    {
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/checks", Wire.Body("""{"figures": []}""")), HttpStatusCode.NotImplemented, "not-implemented");
    }

    [Fact]
    public async Task Checks_as_csv_answer_501_too()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/v1/checks") { Content = Wire.Body("{}") };
        request.Headers.Add("Accept", "text/csv");
        await ProblemAssert.IsProblemAsync(await Client.SendAsync(request), HttpStatusCode.NotImplemented, "not-implemented");
    }

    [Fact]
    public async Task Metrics_answer_501_not_implemented()
    {
        await ProblemAssert.IsProblemAsync(await Client.GetAsync("/v1/metrics"), HttpStatusCode.NotImplemented, "not-implemented");
    }

    [Fact]
    public async Task Custom_factor_set_upload_answers_501_not_implemented()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        await ProblemAssert.IsProblemAsync(await client.PostAsync("/v1/factor-sets", Wire.Body("""{"id": "acme-2020", "title": "Acme"}""")), HttpStatusCode.NotImplemented, "not-implemented");
    }

    [Fact]
    public async Task Submissions_are_stored_without_module_validation_and_their_results_answer_501()
    {
        var (client, _, _) = await fixture.Factory.NewOrganizationAsync();
        var created = await client.PostAsync("/v1/submissions", Wire.Body(Wire.Submission(factorSet: null)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await Wire.ReadAsync(created)).GetProperty("id").GetString();
        await ProblemAssert.IsProblemAsync(await client.GetAsync($"/v1/submissions/{id}/results"), HttpStatusCode.NotImplemented, "not-implemented");
    }

    [Fact]
    public async Task Without_factor_data_no_set_exists_and_health_is_503()
    {
        await ProblemAssert.IsProblemAsync(await Client.PostAsync("/v1/calculations", Wire.Body("""{"factorSet": "cn-2020"}""")),
            HttpStatusCode.UnprocessableEntity, "unknown-factor-set", "$.factorSet");
        var health = await Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = System.Text.Json.JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
        Assert.True(body.GetProperty("database").GetProperty("reachable").GetBoolean());
        Assert.False(body.GetProperty("factors").GetProperty("loaded").GetBoolean());
    }
}
