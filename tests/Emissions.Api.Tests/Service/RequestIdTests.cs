using System.Diagnostics;
using System.Net;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Service;

/// <summary>
/// CONTRACT "Operations": every answer carries X-Request-Id, and a problem document's traceId is that id, so the one id
/// a caller quotes finds the request in the logs — errors included, and with tracing on (an activity per request).
/// </summary>
public sealed class RequestIdTests(RealServiceFixture fixture) : IClassFixture<RealServiceFixture>, IDisposable
{
    // ASP.NET Core starts an activity per request when its source has a listener, as it does with telemetry configured.
    private readonly ActivityListener listener = Listen("Microsoft.AspNetCore");

    public void Dispose() => listener.Dispose();

    [Theory]
    [InlineData("/v1/checks", "{", HttpStatusCode.BadRequest, "malformed-json")]
    [InlineData("/v1/calculations", """{"factorSet": "cn-2020", "fuels": [{"fuel": "kerosene", "amount": "1 t"}]}""", HttpStatusCode.UnprocessableEntity, "invalid-input")]
    public async Task A_problem_answer_carries_the_callers_request_id_as_header_and_trace_id(string path, string body, HttpStatusCode status, string slug)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Wire.Body(body) };
        request.Headers.Add("X-Request-Id", "audit-2026-12-07-0001");

        var response = await fixture.Factory.CreateClient().SendAsync(request);

        var problem = await ProblemAssert.IsProblemAsync(response, status, slug);
        Assert.Equal(["audit-2026-12-07-0001"], response.Headers.GetValues("X-Request-Id"));
        Assert.Equal("audit-2026-12-07-0001", problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task A_problem_answer_without_a_callers_id_names_the_id_its_header_carries()
    {
        var response = await fixture.Factory.CreateClient().PostAsync("/v1/calculations", Wire.Body("{"));

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "malformed-json");
        var header = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Equal(header, problem.GetProperty("traceId").GetString());
    }

    [Fact]
    public async Task A_route_that_does_not_exist_names_the_same_id_in_header_and_trace_id()
    {
        var response = await fixture.Factory.CreateClient().GetAsync("/v1/nothing-here");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(Assert.Single(response.Headers.GetValues("X-Request-Id")), problem.GetProperty("traceId").GetString());
    }

    private static ActivityListener Listen(string source)
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == source,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }
}
