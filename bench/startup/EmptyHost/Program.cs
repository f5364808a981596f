// The floor of the service's start: two endpoints answering what service.sh and service-cost.sh poll for.
#if EMPTY_BUILDER
// What the service would need back on an empty builder: Kestrel, routing, configuration from the environment and the
// command line (--urls), console logging. EMPTY_BARE=1 leaves out the configuration sources and logging.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args });
builder.WebHost.UseKestrelCore();
builder.Services.AddRoutingCore();
builder.Configuration.AddCommandLine(args);
if (Environment.GetEnvironmentVariable("EMPTY_BARE") != "1")
{
    builder.Configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
    builder.Configuration.AddEnvironmentVariables();
    builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
    builder.Logging.AddSimpleConsole();
}
#else
var builder = WebApplication.CreateBuilder(args);
#endif
var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapPost("/v1/checks", () => "checked");
await app.RunAsync();
