using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Wired;

/// <summary>
/// `Emissions.Api healthcheck` is the container image's health command (the image has no curl): exit 0 when the
/// running service answers /healthz, 1 with one line otherwise.
/// </summary>
public sealed class HealthProbeTests
{
    [Fact]
    public async Task The_probe_exits_0_when_the_service_on_ASPNETCORE_HTTP_PORTS_is_healthy()
    {
        await using var service = await ServiceProcess.StartAsync();

        var (exitCode, error) = await ProbeAsync(new() { ["ASPNETCORE_HTTP_PORTS"] = service.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
    }

    [Fact]
    public async Task The_probe_exits_1_with_one_line_naming_the_address_when_nothing_answers()
    {
        // A port bound but not listening refuses connections, and stays this test's while it is held (a port found
        // free and released could be taken by another test's service before the probe tries it).
        using var closed = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        closed.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var url = $"http://127.0.0.1:{((IPEndPoint)closed.LocalEndPoint!).Port}/healthz";

        var (exitCode, error) = await ProbeAsync(new() { ["EMISSIONS_HEALTHCHECK_URL"] = url });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Emissions.Api healthcheck: {url} did not answer", line, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Error)> ProbeAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));
        start.ArgumentList.Add("healthcheck");
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await error);
    }
}
