using Emissions.Api;
using Emissions.Api.Endpoints;
using Emissions.Api.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmissionsApi(builder.Configuration);

var app = builder.Build();

// Factor data loads, and migrations run, before the first request is accepted: invalid factor data
// stops start-up with the loader's message; replicas on one PostgreSQL serialise on migrations.
app.Services.LoadFactors();
await app.Services.MigrateAsync();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
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

await app.RunAsync();

public partial class Program;
