namespace Emissions.Api.Hosting;

/// <summary>
/// `Emissions.Api healthcheck`: asks the running service's /healthz on loopback and exits 0 when it answers 200,
/// 1 otherwise. The container image has no curl or shell (only the service and its libraries), so a container
/// engine's health command (`--health-cmd "/app/Emissions.Api healthcheck"`) needs the service binary itself to probe.
/// </summary>
internal static class HealthProbe
{
    public const string Verb = "healthcheck";

    /// <summary>Overrides the probed address; otherwise the first port of ASPNETCORE_HTTP_PORTS (the image sets 8080).</summary>
    public const string UrlVariable = "EMISSIONS_HEALTHCHECK_URL";

    public static bool IsRequested(string[] args) => args is [Verb];

    public static async Task<int> RunAsync()
    {
        var url = Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } configured ? configured : DefaultUrl();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(new Uri(url));
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await Console.Error.WriteLineAsync($"Emissions.Api healthcheck: {url} answered {(int)response.StatusCode}");
            return 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            await Console.Error.WriteLineAsync($"Emissions.Api healthcheck: {url} did not answer: {ex.Message}");
            return 1;
        }
    }

    private static string DefaultUrl()
    {
        var ports = Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS");
        var port = ports?.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return $"http://127.0.0.1:{(string.IsNullOrEmpty(port) ? "8080" : port)}/healthz";
    }
}
