using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Emissions.Api.Tests.Browser;

/// <summary>
/// The built service as its own process on a free loopback port, with a throw-away SQLite file: a browser needs a real
/// socket, which the in-memory test server does not have.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    private ServiceProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ServiceProcess> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var folder = Directory.CreateTempSubdirectory("emissions-browser-").FullName;
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = address.ToString(),
                ["Database__Path"] = Path.Combine(folder, "service.db"),
            },
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));
        var process = Process.Start(start)!;
        process.OutputDataReceived += static (_, _) => { };
        process.ErrorDataReceived += static (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var service = new ServiceProcess(process, folder, address);

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        await service.DisposeAsync();
        throw new InvalidOperationException($"the service did not answer /healthz at {address}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
