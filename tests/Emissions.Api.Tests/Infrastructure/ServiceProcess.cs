using System.Diagnostics;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// The built service as its own process on a free loopback port, with a throw-away SQLite file unless the caller names
/// another database: a browser needs a real socket, which the in-memory test server does not have, and replicas,
/// signals and crashes need processes of their own.
/// </summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;
    private readonly System.Text.StringBuilder _output = new();

    private readonly TaskCompletionSource<Uri> _listening;

    private ServiceProcess(Process process, string folder, TaskCompletionSource<Uri> listening)
    {
        _process = process;
        _folder = folder;
        _listening = listening;
    }

    /// <summary>Where the service listens (a loopback port it chose itself).</summary>
    public Uri Address => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("the service has not said where it listens yet");

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
        // Port 0: the service binds a port the system chooses and logs it (Kestrel's "Now listening on:"), which is
        // read back here. A port found free beforehand could be taken by another test's service or listener (the test
        // classes run in parallel) between the finding and the binding.
        var folder = Directory.CreateTempSubdirectory("emissions-browser-").FullName;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["Database__Path"] = Path.Combine(folder, "service.db") },
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(start)!;
        var service = new ServiceProcess(process, folder, listening);
        process.OutputDataReceived += (_, line) => service.Append(line.Data);
        process.ErrorDataReceived += (_, line) => service.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await service.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the address the service bound, then for /readyz to answer 200 (factor data loaded, migrations run).</summary>
    private async Task WaitUntilReadyAsync(TimeSpan deadline)
    {
        using var bound = new CancellationTokenSource(deadline);
        var exited = _process.WaitForExitAsync(bound.Token);
        var first = await Task.WhenAny(_listening.Task, exited, Task.Delay(Timeout.Infinite, bound.Token));
        if (first != _listening.Task)
        {
            throw new InvalidOperationException(_process.HasExited
                ? $"the service exited with {_process.ExitCode} before it listened: {Output}"
                : $"the service did not say where it listens within {deadline.TotalSeconds:0} s: {Output}");
        }

        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        while (!bound.IsCancellationRequested && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/readyz", bound.Token)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Too busy starting to answer in time.
            }

            await Task.Delay(100, CancellationToken.None);
        }

        throw new InvalidOperationException($"the service did not answer /readyz at {Address} within {deadline.TotalSeconds:0} s: {Output}");
    }

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

        if (!_listening.Task.IsCompleted && ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["address"].Value));
        }
    }

    // Kestrel's line, in the simple console format and inside the JSON one's "Message" alike.
    [System.Text.RegularExpressions.GeneratedRegex(@"Now listening on: (?<address>http://127\.0\.0\.1:[0-9]+)")]
    private static partial System.Text.RegularExpressions.Regex ListeningLine();

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
