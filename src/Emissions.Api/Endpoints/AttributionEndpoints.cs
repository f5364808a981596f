using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.Options;
using Emissions.Attribution;
using Emissions.Inventory;
using Emissions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Endpoints;

/// <summary>
/// POST /v1/attributions: which factor set and grid factor reproduce the printed totals of a calculate input
/// (<see cref="CalculationAttributor"/>, as `emissions attribute`). With a key, the organisation's custom sets are tried too.
/// </summary>
public static class AttributionEndpoints
{
    public static IEndpointRouteBuilder MapAttributions(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requireKey = app.ServiceProvider.GetRequiredService<IOptions<EmissionsOptions>>().Value.Auth.RequireKeyForCompute;
        var endpoint = app.MapPost("/v1/attributions", AttributeAsync)
            .WithTags("Compute")
            .WithName("Attribute")
            .WithSummary("A calculate input with printed totals → the factor sets and grid factors that reproduce each total")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        _ = requireKey ? endpoint.RequireAuthorization(ApiKeyDefaults.ReadPolicy) : endpoint.AllowAnonymous();
        return app;
    }

    public static async Task<Ok<CalculationAttributionReport>> AttributeAsync(
        HttpRequest request, JsonBodyReader reader, IFactorCatalog catalog, FactorSetResolver resolver, IEmissionsStore store, IOptions<EmissionsOptions> options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        Inventory.Inventory inventory;
        using (var body = await reader.ReadBodyAsync(request, cancellationToken))
        {
            // Read as POST /v1/calculations reads it: the lines streamed from the bytes by the one inventory reader.
            using var input = CalculationInput.Parse(body.Utf8, options.Value.Limits.MaxDepth);
            inventory = input.Read();
        }

        var sets = catalog.Sets.ToList();
        if (Caller.From(request.HttpContext.User) is { } caller)
        {
            // The organisation's own sets (their newest versions), validated as when they were stored.
            foreach (var stored in await store.ListFactorSetsAsync(caller.OrganizationId, cancellationToken))
            {
                sets.Add(resolver.Validate(stored));
            }
        }

        return TypedResults.Ok(CalculationAttributor.Attribute(inventory, sets, catalog.Factors));
    }
}
