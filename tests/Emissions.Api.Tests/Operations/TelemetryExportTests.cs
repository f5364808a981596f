using System.Net;
using System.Net.Sockets;
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
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        using var collector = new HttpListener();
        collector.Prefixes.Add($"http://127.0.0.1:{port}/");
        collector.Start();
        var received = new List<(string Path, byte[] Body)>();
        var receiving = Task.Run(async () =>
        {
            while (collector.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await collector.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                {
                    return;
                }

                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                lock (received)
                {
                    received.Add((context.Request.Url!.AbsolutePath, body.ToArray()));
                }

                context.Response.StatusCode = 200;
                context.Response.Close();
            }
        });

        // The service as its own process, so the settings reach it as an operator gives them; a short batch delay
        // (OTEL_BSP_SCHEDULE_DELAY, read by the OpenTelemetry SDK) instead of the default 5 s.
        await using var service = await ServiceProcess.StartAsync(new Dictionary<string, string>
        {
            ["Telemetry__OtlpEndpoint"] = $"http://127.0.0.1:{port}",
            ["Telemetry__OtlpProtocol"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
        });
        using var http = new HttpClient { BaseAddress = service.Address };
        using var content = new StringContent(Repository.Read("tests/fixtures/kuaishou-2020/report.json"), Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/v1/checks", content)).StatusCode);

        // The check's span ends before the request's, so the two can arrive in separate batches: wait (up to 30 s
        // on a loaded machine) until both have, not only the first. The spans are protobuf, whose strings are plain UTF-8.
        (string Path, byte[] Body)[] traces = [];
        var text = "";
        string[] expected = ["check", "emissions.outcome", "POST /v1/checks"];
        for (var attempt = 0; attempt < 300 && !expected.All(e => text.Contains(e, StringComparison.Ordinal)); attempt++)
        {
            await Task.Delay(100);
            lock (received)
            {
                traces = [.. received.Where(r => r.Path == "/v1/traces")];
            }

            text = string.Join("\n", traces.Select(t => Encoding.UTF8.GetString(t.Body)));
        }

        collector.Stop();
        await receiving;
        Assert.NotEmpty(traces);
        Assert.Contains("check", text, StringComparison.Ordinal);
        Assert.Contains("emissions.outcome", text, StringComparison.Ordinal);
        Assert.Contains("POST /v1/checks", text, StringComparison.Ordinal);
    }
}
