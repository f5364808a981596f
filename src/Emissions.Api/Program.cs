using System.Data.Common;
using Emissions.Api;
using Emissions.Api.Auth;
using Emissions.Storage;
using Microsoft.AspNetCore.Connections;
using Emissions.Api.Endpoints;
using Emissions.Api.Hosting;
using Emissions.Api.Logging;
using Emissions.Api.Options;
using Emissions.Api.Telemetry;
using Emissions.Api.Persistence;
using Emissions.Api.Workbench;
using Emissions.Factors.Loading;
using Microsoft.Extensions.Options;

if (HealthProbe.IsRequested(args))
{
    return await HealthProbe.RunAsync();
}

if (FactorImageCommand.IsRequested(args))
{
    return await FactorImageCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
if (ConfigurationValues.FirstUnconvertible(builder.Configuration) is { } unconvertible)
{
    return await CannotStartAsync(unconvertible);
}

// The host logs "Hosting failed to start" with the whole stack trace before StartAsync throws; the failures an
// operator can fix are answered below in one line, and any other one still ends the process with its trace.
builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
WebApplication app;
try
{
    builder.Logging.RemoveWhereSilent(SilentLogProviders.IsNativeAot);
    builder.Logging.AddEmissionsLogging(builder.Configuration);
    builder.Services.AddEmissionsApi(builder.Configuration);
    builder.Services.AddEmissionsTelemetry(builder.Configuration);
    builder.Services.UseOptionsFromProvider();

    // On SIGTERM Kestrel stops accepting connections, /readyz turns 503 and requests in flight (writes included)
    // run to their end for up to Shutdown:TimeoutSeconds before the process exits.
    builder.Services.Configure<HostOptions>(host =>
        host.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue<double?>("Shutdown:TimeoutSeconds") ?? 30));
    app = builder.Build();
}
catch (OptionsValidationException ex)
{
    return await CannotStartAsync(ex.Message);
}

// Factor data loads, and migrations run, before the first request is accepted: invalid factor data or an
// unreachable database stops start-up with one line naming the problem and exit code 1, not a stack trace;
// replicas on one PostgreSQL serialise on migrations.
try
{
    app.Services.LoadFactors();
    await app.Services.MigrateAsync();
}
catch (Exception ex) when (ex is FactorLibraryException or DbException or OptionsValidationException or StoreConfigurationException)
{
    var what = ex is DbException ? "the database did not answer: " : "";
    return await CannotStartAsync(what + ex.Message, app);
}

app.UseEmissionsRequestLogging(app.Configuration);
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UsePresentedKeyCheck();

// With RateLimit:Enabled false the limiter would still find a no-limit partition for every request (a service lookup and
// a locked dictionary): not added at all. The setting is read once, at start, as before.
if (app.Services.GetRequiredService<IOptions<EmissionsOptions>>().Value.RateLimit.Enabled)
{
    app.UseRateLimiter();
}

app.UseAuthorization();

app.MapOpenApi("/openapi/{documentName}.json");
app.UseSwaggerUIOnFirstUse("docs", ui =>
{
    ui.SwaggerEndpoint("/openapi/v1.json", "Emissions v1");
    ui.DocumentTitle = "Emissions API";
});

app.MapHealth();
app.MapUnits();
app.MapSchemas();
app.MapFactors();
app.MapCompute();
app.MapAttributions();
app.MapSubmissions();
app.MapKeys();
app.MapWorkbench();
app.BuildEndpointsOnce();

try
{
    await app.StartAsync();
}
catch (IOException ex) when (ex.InnerException is AddressInUseException)
{
    // Kestrel's message names the address ("Failed to bind to address http://localhost:5080: address already in use.").
    return await CannotStartAsync(
        $"{ex.Message.TrimEnd('.')}; another process is listening there. Choose another address with --urls " +
        "(dotnet run --project src/Emissions.Api --urls http://localhost:5090) or the ASPNETCORE_URLS environment variable", app);
}

await app.WaitForShutdownAsync();
// Disposed before the process exits, as CannotStartAsync does: the console logger writes from a queue on its own
// thread, and the lines logged while stopping ("Application is shutting down…") were otherwise lost when Main returned.
await app.DisposeAsync();
return 0;

// With a host built, it is disposed first: its console logger writes from a queue on its own thread, so a line logged
// before the failure (the factor data loaded) could otherwise print after the one-line error, or not at all.
static async Task<int> CannotStartAsync(string reason, WebApplication? app = null)
{
    try
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
    finally
    {
        await Console.Error.WriteLineAsync($"Emissions.Api: cannot start: {reason.ReplaceLineEndings(" ")}");
    }

    return 1;
}

public partial class Program;
