using Emissions.Api.Factors;
using Emissions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>GET /healthz: 200 when the database answers and factor data is loaded, 503 otherwise (same body).</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetAsync)
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Database reachable and factors loaded")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetAsync(
        IEmissionsStore store, IFactorCatalog catalog, CancellationToken cancellationToken)
    {
        var reachable = await store.PingAsync(cancellationToken);
        int? schema = reachable ? await store.SchemaVersionAsync(cancellationToken) : null;
        var healthy = reachable && catalog.IsLoaded;
        var report = new HealthReport(
            healthy ? "ok" : "unavailable",
            new DatabaseHealth(store.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite", reachable, schema),
            new FactorHealth(catalog.IsLoaded, catalog.Sets.Count));
        return healthy ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthReport(string Status, DatabaseHealth Database, FactorHealth Factors);

public sealed record DatabaseHealth(string Provider, bool Reachable, int? SchemaVersion);

public sealed record FactorHealth(bool Loaded, int Sets);
