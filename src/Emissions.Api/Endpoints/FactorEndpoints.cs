using Emissions.Factors;
using System.Globalization;
using System.Security.Claims;
using Emissions.Api.Auth;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.OpenApi;
using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// Factor sets and factors. Shipped sets are public; an organisation's custom sets (POST
/// /v1/factor-sets, immutable versions) are visible only to its own keys — to anyone else they do not exist.
/// </summary>
public static class FactorEndpoints
{
    private static readonly string[] DefinitionIdPath = ["id"];

    public static IEndpointRouteBuilder MapFactors(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1").WithTags("Factors");
        group.MapGet("/factor-sets", ListAsync)
            .WithName("ListFactorSets")
            .WithSummary("Shipped factor sets, and the caller's custom ones when a key is given")
            .AllowAnonymous();
        group.MapGet("/factor-sets/{id}", GetAsync)
            .WithName("GetFactorSet")
            .WithSummary("A factor set: conventions, editions with provenance, content hash, factor ids")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/factors/{**id}", GetFactor)
            .WithName("GetFactor")
            .WithSummary("One factor as published (ids contain '/' and ':', e.g. cn-mee/electricity/2022:national)")
            .AllowAnonymous()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/factor-sets", CreateAsync)
            .WithName("CreateFactorSet")
            .WithSummary("Store a new immutable version of the organisation's custom factor set, validated like shipped sets")
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithExamples(OpenApiExamples.FactorSetDefinition, OpenApiExamples.FactorSetCreated)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<FactorSetList>> ListAsync(
        ClaimsPrincipal user, IFactorCatalog catalog, IEmissionsStore store, FactorSetResolver resolver, CancellationToken cancellationToken)
    {
        var sets = catalog.Sets.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => FactorWire.Summary(s, null)).ToList();
        if (Caller.From(user) is { } caller)
        {
            foreach (var stored in await store.ListFactorSetsAsync(caller.OrganizationId, cancellationToken))
            {
                sets.Add(FactorWire.Summary(resolver.Validate(stored), stored.Version));
            }
        }

        return TypedResults.Ok(new FactorSetList(sets));
    }

    public static async Task<Results<Ok<FactorSetDetail>, ProblemHttpResult>> GetAsync(
        string id, string? version, ClaimsPrincipal user, FactorSetResolver resolver, HttpContext context, CancellationToken cancellationToken)
    {
        int? number = version is null ? null : Parameters.PositiveInt("version", version, "query");
        var found = await resolver.FindAsync(id, Caller.From(user)?.OrganizationId, number, cancellationToken);
        return found is null
            ? ProblemResults.NotFound($"there is no factor set '{id}'{(number is null ? "" : $" version {number}")}", context, "id", id)
            : TypedResults.Ok(FactorWire.Detail(found.Set, found.Version));
    }

    internal static Results<Ok<FactorDto>, ProblemHttpResult> GetFactor(string id, IFactorCatalog catalog, HttpContext context) =>
        catalog.FindFactor(id) is { } factor
            ? TypedResults.Ok(FactorDto.From(factor))
            : ProblemResults.NotFound($"there is no factor '{id}'", context, "id", id);

    public static async Task<Created<FactorSetCreated>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, JsonBodyReader reader, IFactorCatalog catalog, ICustomFactorSetValidator validator,
        IEmissionsStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        using var document = await reader.ReadAsync(request, cancellationToken);
        var definition = document.RootElement;
        JsonFields.RequireObject(definition, JsonPath.Root);
        var id = JsonFields.RequireString(definition, JsonPath.Root, DefinitionIdPath[0], "the set's id, e.g. \"acme-2020\"");
        FactorSetReference.ValidateId(id, "$.id");
        if (catalog.FindSet(id) is not null)
        {
            throw ApiProblemException.Field(ProblemKinds.FactorSetIdTaken, "$.id", $"'{id}' is a shipped factor set", id, "an id no shipped set uses");
        }

        var set = validator.Validate(definition, catalog);
        if (!string.Equals(set.Id, id, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"validator returned set '{set.Id}' for definition '{id}'");
        }

        var canonical = CanonicalJson.Serialize(definition);
        var stored = await store.AddFactorSetVersionAsync(caller.OrganizationId, id, canonical, set.ContentHash, caller.KeyPrefix, cancellationToken);
        return TypedResults.Created(
            $"/v1/factor-sets/{Uri.EscapeDataString(id)}?version={stored.Version.ToString(CultureInfo.InvariantCulture)}",
            new FactorSetCreated(id, stored.Version, set.ContentHash, CanonicalJson.Hash(canonical)));
    }
}
