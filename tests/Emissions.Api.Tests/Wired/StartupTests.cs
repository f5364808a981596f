using System.Net;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Wired;

/// <summary>Factor data loads at start-up from Factors:Directories (default: the repository's factors/); bad data stops the service.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-factors-").FullName;

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private string CopyOfFactors()
    {
        var source = Repository.PathOf("factors");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    [Fact]
    public async Task Configured_directories_are_loaded_instead_of_the_default()
    {
        var copy = CopyOfFactors();
        File.Delete(Path.Combine(copy, "sets", "cn-2023.json"));
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Factors:Directories:0"] = copy });

        var health = await Wire.ReadAsync(await factory.CreateClient().GetAsync("/readyz"));
        Assert.Equal(Repository.Factors.Sets.Count - 1, health.GetProperty("factors").GetProperty("sets").GetInt32());
        await ProblemAssert.IsProblemAsync(await factory.CreateClient().GetAsync("/v1/factor-sets/cn-2023"), HttpStatusCode.NotFound, "not-found", "id");
    }

    [Fact]
    public async Task Invalid_factor_data_stops_the_hosted_service_from_starting()
    {
        var copy = CopyOfFactors();
        var set = Path.Combine(copy, "sets", "cn-2020.json");
        File.WriteAllText(set, File.ReadAllText(set).Replace("\"cn-mee/electricity/2021\"", "\"cn-mee/electricity/1999\"", StringComparison.Ordinal));
        await using var factory = new ApiFactory(database, Modules.Real, new Dictionary<string, string?> { ["Factors:Directories:0"] = copy });

        // The process test below reads what an operator sees; in process, the host simply never starts.
        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
    }

    [Fact]
    public async Task The_service_process_refuses_invalid_factor_data_with_exit_code_1_and_no_stack_trace()
    {
        var copy = CopyOfFactors();
        var set = Path.Combine(copy, "sets", "cn-2020.json");
        File.WriteAllText(set, File.ReadAllText(set).Replace("\"cn-mee/electricity/2021\"", "\"cn-mee/electricity/1999\"", StringComparison.Ordinal));
        var (exitCode, lines, output) = await RunServiceAsync(new Dictionary<string, string>
        {
            ["Factors__Directories__0"] = copy,
            ["Database__Path"] = Path.Combine(folder, "service.db"),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        Assert.Single(lines);
        Assert.StartsWith("Emissions.Api: cannot start: factor data has 1 error:", lines[0], StringComparison.Ordinal);
        Assert.Contains("$.editions[0]: edition 'cn-mee/electricity/1999' does not exist", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Limits__MaxBodyBytes", "abc", "Limits:MaxBodyBytes", "System.Int64")]
    [InlineData("RateLimit__PermitsPerWindow", "many", "RateLimit:PermitsPerWindow", "System.Int32")]
    [InlineData("Shutdown__TimeoutSeconds", "soon", "Shutdown:TimeoutSeconds", "System.Double")]
    public async Task A_setting_that_does_not_convert_stops_the_service_with_one_line_naming_key_value_and_type(
        string variable, string value, string key, string type)
    {
        var (exitCode, lines, output) = await RunServiceAsync(new Dictionary<string, string>
        {
            [variable] = value,
            ["Database__Path"] = Path.Combine(folder, "service.db"),
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("Emissions.Api: cannot start: Failed to convert configuration value", line, StringComparison.Ordinal);
        Assert.Contains($"'{key}'", line, StringComparison.Ordinal);
        Assert.Contains(type, line, StringComparison.Ordinal);
        Assert.Contains($"'{value}'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "service.db")), "nothing is created before the configuration is known to be good");
    }

    [Fact]
    public async Task A_taken_port_stops_the_service_with_one_line_naming_the_address_and_how_to_choose_another()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var address = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exitCode, lines, output) = await RunServiceAsync(new Dictionary<string, string>
        {
            ["Database__Path"] = Path.Combine(folder, "service.db"),
            ["ASPNETCORE_URLS"] = address,
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith($"Emissions.Api: cannot start: Failed to bind to address {address}: address already in use", line, StringComparison.Ordinal);
        Assert.Contains("--urls", line, StringComparison.Ordinal);
        Assert.Contains("ASPNETCORE_URLS", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unusable_database_path_stops_the_service_with_one_line_naming_the_path()
    {
        // A folder under a regular file cannot be created, even by root (where permission bits would not stop it).
        var file = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(file, "");
        var path = Path.Combine(file, "data", "service.db");

        var (exitCode, lines, output) = await RunServiceAsync(new Dictionary<string, string>
        {
            ["Database__Path"] = path,
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith($"Emissions.Api: cannot start: Database:Path '{path}' cannot be used", line, StringComparison.Ordinal);
        Assert.Contains("Database__Path", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_up_failure_is_the_last_line_after_everything_the_service_logged_before_it()
    {
        // The console logger writes from a queue on its own thread; without the host disposed first, the factor data's
        // "Loaded …" line sometimes printed after the error line (main: 4 of 19 runs), so five runs.
        for (var run = 0; run < 5; run++)
        {
            var (exitCode, lines) = await RunServiceCombinedAsync(new Dictionary<string, string>
            {
                ["Database__Provider"] = "nosuch",
                ["Logging__LogLevel__Default"] = "Information",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            });

            Assert.Equal(1, exitCode);
            Assert.Equal("Emissions.Api: cannot start: Database:Provider is 'nosuch'; expected sqlite or postgres", lines[^1]);
            Assert.Contains(lines[..^1], line => line.Contains("Loaded ", StringComparison.Ordinal) && line.Contains(" factor sets and ", StringComparison.Ordinal));
        }
    }

    /// <summary>Runs the built service with stdout and stderr into one pipe, as a terminal shows them; answers its exit code and lines in order.</summary>
    private static async Task<(int ExitCode, string[] Lines)> RunServiceCombinedAsync(Dictionary<string, string> environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec \"$0\" \"$1\" 2>&1");
        start.ArgumentList.Add(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await WaitForExitAsync(process);

        return (process.ExitCode, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    // A service that does not stop within a minute is killed, so a hung start fails the test instead of the run.
    private static async Task WaitForExitAsync(System.Diagnostics.Process process)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    /// <summary>Runs the built service as an operator would; answers its exit code, stderr lines and stdout.</summary>
    private static async Task<(int ExitCode, string[] ErrorLines, string Output)> RunServiceAsync(Dictionary<string, string> environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await WaitForExitAsync(process);

        return (process.ExitCode, (await error).Split('\n', StringSplitOptions.RemoveEmptyEntries), await output);
    }
    [Fact]
    public void Without_configuration_the_repository_factors_are_found_from_the_content_root()
    {
        var contentRoot = Repository.PathOf(Path.Combine("src", "Emissions.Api"));
        Assert.Equal([Repository.PathOf("factors")], FactorCatalogLoader.Directories(new FactorsOptions(), contentRoot).Select(Path.GetFullPath));

        var options = new FactorsOptions();
        options.Directories.Add("../../factors");
        options.Directories.Add("/srv/extra-factors");
        Assert.Equal([Repository.PathOf("factors"), "/srv/extra-factors"], FactorCatalogLoader.Directories(options, contentRoot));
    }
}
