using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// An OTLP http/protobuf receiver standing in for a collector: Kestrel on a loopback port the system chooses when it
/// binds (port 0, read back), so no other test or process can take the port between choosing and binding it. Keeps
/// what arrives at /v1/traces as text (the spans are protobuf, whose strings are plain UTF-8).
/// </summary>
public sealed class LoopbackCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StringBuilder _traces = new();
    private readonly List<(string[] Expected, TaskCompletionSource Arrived)> _waiters = [];

    private LoopbackCollector(WebApplication app) => _app = app;

    /// <summary>The address to give the exporter, e.g. http://127.0.0.1:40123.</summary>
    public Uri Address { get; private set; } = null!;

    public static async Task<LoopbackCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var collector = new LoopbackCollector(app);
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            collector.Receive(Encoding.UTF8.GetString(body.ToArray()));
            return Results.Ok();
        });
        app.MapPost("/{**other}", () => Results.Ok()); // metrics and logs, if the SDK sends them: accepted, not kept
        await app.StartAsync();
        collector.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return collector;
    }

    // Everything received at /v1/traces so far.
    private string Traces
    {
        get
        {
            lock (_traces)
            {
                return _traces.ToString();
            }
        }
    }

    /// <summary>
    /// Completes once the traces received hold every one of <paramref name="expected"/> (they may arrive in separate
    /// batches, each is awaited, not polled); fails naming what arrived if they have not within <paramref name="deadline"/>.
    /// </summary>
    public async Task AssertReceivesAsync(TimeSpan deadline, params string[] expected)
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_traces)
        {
            if (HoldsAll(expected))
            {
                return;
            }

            _waiters.Add((expected, arrived));
        }

        try
        {
            await arrived.Task.WaitAsync(deadline);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"the collector did not receive spans with all of [{string.Join(", ", expected)}] within {deadline.TotalSeconds:0} s; it received: {Traces}");
        }
    }

    private void Receive(string batch)
    {
        lock (_traces)
        {
            _traces.Append(batch).Append('\n');
            foreach (var waiter in _waiters.Where(w => HoldsAll(w.Expected)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Arrived.TrySetResult();
            }
        }
    }

    private bool HoldsAll(string[] expected)
    {
        var text = _traces.ToString();
        return expected.All(e => text.Contains(e, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
