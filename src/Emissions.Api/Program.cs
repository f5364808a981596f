using Emissions.Api;
using Emissions.Api.Endpoints;
using Emissions.Api.Persistence;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddEmissionsApi(builder.Configuration);

var app = builder.Build();

// Migrations run before the first request is accepted; replicas on one PostgreSQL serialise here.
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
