using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// The built service as its own process on a free loopback port, with a throw-away SQLite file unless the caller names
/// another database: a browser needs a real socket, which the in-memory test server does not have, and replicas,
/// signals and crashes need processes of their own.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly System.Text.StringBuilder _output = new();

    private ServiceProcess(Process process, string folder, Uri address)
    {
        _process = process;
        _folder = folder;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The throw-away SQLite file the service uses unless the caller named another database (tests put keys in it).</summary>
    public string DatabasePath => Path.Combine(_folder, "service.db");

    /// <summary>The operating-system process id (to signal it).</summary>
    public int Id => _process.Id;

    /// <summary>Everything the process wrote to standard output and error so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<ServiceProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        // The free port is found by binding and releasing it: another test's service or listener can take it in
        // between (the test classes run in parallel), and then this one, refused the address, starts on another.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortAsync(environment);
            }
            catch (AddressInUseException) when (attempt < 3)
            {
            }
        }
    }

    private static async Task<ServiceProcess> StartOnFreePortAsync(IReadOnlyDictionary<string, string>? environment)
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));
        var process = Process.Start(start)!;
        var service = new ServiceProcess(process, folder, address);
        process.OutputDataReceived += (_, line) => service.Append(line.Data);
        process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return service;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too busy starting to answer in time.
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(250);
        }

        var output = service.Output;
        await service.DisposeAsync();
        if (output.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new AddressInUseException(address);
        }

        throw new InvalidOperationException($"the service did not answer /readyz at {address}: {output}");
    }

    private sealed class AddressInUseException(Uri address) : Exception($"{address} was taken before the service bound it");

    /// <summary>Waits for the process to end by itself (after a signal); its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return _process.ExitCode;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
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
