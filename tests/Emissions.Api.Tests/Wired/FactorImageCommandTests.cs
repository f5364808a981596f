using System.Diagnostics;
using Emissions.Api.Tests.Infrastructure;

namespace Emissions.Api.Tests.Wired;

/// <summary>
/// `Emissions.Api factor-image [FOLDER]`, which the publish step runs (ADR 0024): writes the catalogue image of the
/// factors the service would load into FOLDER, or refuses invalid factor data with one line and exit code 1.
/// </summary>
public sealed class FactorImageCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("emissions-factor-image-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CopyOfFactors()
    {
        var source = Repository.PathOf("factors");
        var copy = Path.Combine(folder, "factors");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    [Fact]
    public async Task The_verb_writes_the_catalogue_image_of_the_service_factors_into_the_folder_given()
    {
        var factors = CopyOfFactors();
        var cache = Path.Combine(folder, "factor-cache");

        var (exitCode, output, error) = await RunAsync(factors, cache);

        Assert.Equal(0, exitCode);
        Assert.Equal("", error);
        var image = Assert.Single(Directory.GetFiles(cache, "factor-catalogue.v2.*.bin"));
        Assert.Equal($"Emissions.Api factor-image: wrote {image} for {factors}", output.TrimEnd());
    }

    [Fact]
    public async Task Invalid_factor_data_is_refused_with_one_line_exit_code_1_and_no_image()
    {
        var factors = CopyOfFactors();
        var set = Path.Combine(factors, "sets", "cn-2020.json");
        File.WriteAllText(set, File.ReadAllText(set).Replace("\"cn-mee/electricity/2021\"", "\"cn-mee/electricity/1999\"", StringComparison.Ordinal));
        var cache = Path.Combine(folder, "factor-cache");

        var (exitCode, _, error) = await RunAsync(factors, cache);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Emissions.Api factor-image: factor data has 1 error:", line, StringComparison.Ordinal);
        Assert.Contains("edition 'cn-mee/electricity/1999' does not exist", line, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(cache) ? Directory.GetFiles(cache, "factor-catalogue.*") : []);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string factors, string cache)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["EMISSIONS_FACTORS_DIR"] = factors;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Emissions.Api.dll"));
        start.ArgumentList.Add("factor-image");
        start.ArgumentList.Add(cache);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
