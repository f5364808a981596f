using Emissions.Api.Contract;
using Emissions.Api.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>GET /v1/schemas and GET /v1/schemas/{name}: the contract's JSON Schemas (docs/schemas), as application/schema+json.</summary>
public static class SchemaEndpoints
{
    public const string MediaType = "application/schema+json";

    public static IEndpointRouteBuilder MapSchemas(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup("/v1").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/schemas", List)
            .WithName("ListSchemas")
            .WithSummary("The contract's JSON Schemas (draft 2020-12): requests and answers of /v1/calculations and /v1/checks, and the problem document");
        group.MapGet("/schemas/{name}", Get)
            .WithName("GetSchema")
            .WithSummary("One JSON Schema, e.g. check-request or check-request.schema.json")
            .Produces<string>(StatusCodes.Status200OK, MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static Ok<SchemaList> List() =>
        TypedResults.Ok(new SchemaList([.. ContractSchemas.Names.Select(n => new SchemaLink(n, $"/v1/schemas/{n}.schema.json"))]));

    public static ContentHttpResult Get(string name)
    {
        var bare = name.EndsWith(".schema.json", StringComparison.Ordinal) ? name[..^".schema.json".Length] : name;
        var text = ContractSchemas.Text(bare) ?? throw new ApiProblemException(new ApiProblem(
            ProblemKinds.NotFound, $"there is no schema '{name}'", "name", name, $"one of {string.Join(", ", ContractSchemas.Names)}", "path"));
        return TypedResults.Text(text, MediaType);
    }
}

public sealed record SchemaList(IReadOnlyList<SchemaLink> Schemas);

public sealed record SchemaLink(string Name, string Href);
