using System.Net;
using System.Text;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Operations;

/// <summary>
/// With Telemetry:OtlpEndpoint set, the service exports its spans over OTLP (here http/protobuf to a loopback
/// receiver standing in for a collector); the check's own span carries its outcome.
/// </summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task A_configured_otlp_endpoint_receives_the_request_and_check_spans_with_their_outcome()
    {
        await using var collector = await LoopbackCollector.StartAsync();

        // The service as its own process, so the settings reach it as an operator gives them; a short batch delay
        // (OTEL_BSP_SCHEDULE_DELAY, read by the OpenTelemetry SDK) instead of the default 5 s.
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["Telemetry__OtlpEndpoint"] = collector.Address.GetLeftPart(UriPartial.Authority),
            ["Telemetry__OtlpProtocol"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });
        using var http = new HttpClient { BaseAddress = service.Address };
        using var content = new StringContent(Repository.Read("tests/fixtures/kuaishou-2020/report.json"), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/v1/checks", content)).StatusCode);

        // The check's span ends before the request's, so the two can arrive in separate batches: both must arrive.
        // The bound only ends a run in which they never come (a batch is due every 100 ms).
        await collector.AssertReceivesAsync(TimeSpan.FromMinutes(2), "check", "emissions.outcome", "POST /v1/checks");
    }
}
