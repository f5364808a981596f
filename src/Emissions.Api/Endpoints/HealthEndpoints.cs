using Emissions.Api.Factors;
using Emissions.Storage;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Endpoints;

/// <summary>
/// Liveness and readiness, kept apart as orchestrators expect: GET /healthz says the process is up and answers
/// without touching the database (a slow database must not get a live process restarted); GET /readyz says whether
/// to send it traffic: the database answers, the factor library is loaded and the service is not shutting down.
/// </summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => TypedResults.Ok(new Liveness("ok")))
            .WithName("GetHealth")
            .WithTags("Health")
            .WithSummary("Liveness: the process is up (no database query)")
            .AllowAnonymous()
            .DisableRateLimiting();
        app.MapGet("/readyz", GetReadinessAsync)
            .WithName("GetReadiness")
            .WithTags("Health")
            .WithSummary("Readiness: database reachable, factors loaded, not shutting down")
            .Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable)
            .AllowAnonymous()
            .DisableRateLimiting();
        return app;
    }

    public static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetReadinessAsync(
        IEmissionsStore store, IFactorCatalog catalog, IHostApplicationLifetime lifetime, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        // One query: the schema version answers both "reachable" and "migrated to what".
        int? schema;
        try
        {
            schema = await store.SchemaVersionAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            schema = null;
        }

        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var ready = schema is not null && catalog.IsLoaded && !stopping;
        var report = new HealthReport(
            ready ? "ok" : stopping ? "stopping" : "unavailable",
            new DatabaseHealth(store.Provider == DatabaseProvider.Postgres ? "postgres" : "sqlite", schema is not null, schema),
            new FactorHealth(catalog.IsLoaded, catalog.Sets.Count));
        return ready ? TypedResults.Ok(report) : TypedResults.Json(
            report, (JsonTypeInfo<HealthReport>)json.Value.SerializerOptions.GetTypeInfo(typeof(HealthReport)), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>GET /healthz.</summary>
public sealed record Liveness(string Status);

/// <summary>GET /readyz.</summary>
public sealed record HealthReport(string Status, DatabaseHealth Database, FactorHealth Factors);

public sealed record DatabaseHealth(string Provider, bool Reachable, int? SchemaVersion);

public sealed record FactorHealth(bool Loaded, int Sets);
