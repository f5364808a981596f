using System.Data.Common;
using Emissions.Api;
using Emissions.Api.Auth;
using Emissions.Api.Endpoints;
using Emissions.Api.Persistence;
using Emissions.Factors.Loading;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmissionsApi(builder.Configuration);

var app = builder.Build();

// Factor data loads, and migrations run, before the first request is accepted: invalid factor data or an
// unreachable database stops start-up with one line naming the problem and exit code 1, not a stack trace;
// replicas on one PostgreSQL serialise on migrations.
try
{
    app.Services.LoadFactors();
    await app.Services.MigrateAsync();
}
catch (Exception ex) when (ex is FactorLibraryException or DbException or OptionsValidationException)
{
    var what = ex is DbException ? "the database did not answer: " : "";
    await Console.Error.WriteLineAsync($"Emissions.Api: cannot start: {what}{ex.Message.ReplaceLineEndings(" ")}");
    return 1;
}

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UsePresentedKeyCheck();
app.UseRateLimiter();
app.UseAuthorization();

app.MapOpenApi("/openapi/{documentName}.json");
app.UseSwaggerUI(ui =>
{
    ui.RoutePrefix = "docs";
    ui.SwaggerEndpoint("/openapi/v1.json", "Emissions v1");
    ui.DocumentTitle = "Emissions API";
});

app.MapHealth();
app.MapUnits();
app.MapFactors();
app.MapCompute();
app.MapSubmissions();
app.MapKeys();

await app.RunAsync();
return 0;

public partial class Program;
