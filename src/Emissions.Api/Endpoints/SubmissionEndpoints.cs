using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.OpenApi;
using Emissions.Api.Problems;
using Emissions.Api.Submissions;
using Emissions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// An organisation's stored inputs and reports: append-only revisions with content hashes, results
/// recomputed with the factor set pinned at submission. Every route needs a key; another
/// organisation's submission answers 404 exactly like a missing one.
/// </summary>
public static partial class SubmissionEndpoints
{
    private const int MaxPage = 1000;

    public static IEndpointRouteBuilder MapSubmissions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/submissions")
            .WithTags("Submissions")
            .RequireAuthorization(ApiKeyDefaults.ReadPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("", CreateAsync)
            .WithName("CreateSubmission")
            .WithSummary("Store a new submission (revision 1)")
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithExamples(OpenApiExamples.SubmissionRequest, OpenApiExamples.SubmissionReceipt)
            .ProducesWriteProblems();
        group.MapPut("/{id}", AddRevisionAsync)
            .WithName("AddSubmissionRevision")
            .WithSummary("Store the next revision of a submission; earlier revisions stay as they were")
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .WithExamples(OpenApiExamples.SubmissionRequest, OpenApiExamples.SubmissionReceipt)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
        group.MapGet("", ListAsync)
            .WithName("ListSubmissions")
            .WithSummary("The organisation's submissions (latest revision of each), optionally for one period")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetLatestAsync)
            .WithName("GetSubmission")
            .WithSummary("The latest revision with its document")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/revisions", ListRevisionsAsync)
            .WithName("ListSubmissionRevisions")
            .WithSummary("Every revision, oldest first")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/revisions/{n}", GetRevisionAsync)
            .WithName("GetSubmissionRevision")
            .WithSummary("Revision n with its document")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/results", ResultsAsync)
            .WithName("GetSubmissionResults")
            .WithSummary("The calculation or check of a revision (latest unless ?revision=n), recomputed with its pinned factor set")
            .Produces<SubmissionResults>(StatusCodes.Status200OK, "application/json", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Created<SubmissionReceipt>> CreateAsync(
        HttpRequest request, ClaimsPrincipal user, JsonBodyReader reader, SubmissionService submissions, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var idempotencyKey = IdempotencyKeyHeader.Read(request);
        using var document = await reader.ReadAsync(request, cancellationToken);
        var receipt = await submissions.CreateAsync(caller, document.RootElement, idempotencyKey, cancellationToken);
        return TypedResults.Created($"/v1/submissions/{receipt.Id}", receipt);
    }

    public static async Task<Results<Created<SubmissionReceipt>, ProblemHttpResult>> AddRevisionAsync(
        string id, HttpRequest request, ClaimsPrincipal user, JsonBodyReader reader, SubmissionService submissions, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        // 404 before the body is read or judged: a stranger learns nothing from the difference between 404 and 400.
        if (!IsId(id) || !await submissions.ExistsAsync(caller, id, cancellationToken))
        {
            return NotFound(id, request.HttpContext);
        }

        RevisionPreconditions.Check(request);
        var idempotencyKey = IdempotencyKeyHeader.Read(request);
        using var document = await reader.ReadAsync(request, cancellationToken);
        var receipt = await submissions.AddRevisionAsync(caller, id, document.RootElement, idempotencyKey, cancellationToken);
        return receipt is null
            ? NotFound(id, request.HttpContext)
            : TypedResults.Created($"/v1/submissions/{receipt.Id}/revisions/{receipt.Revision.ToString(CultureInfo.InvariantCulture)}", receipt);
    }

    public static async Task<Ok<SubmissionPage>> ListAsync(
        string? period, string? after, string? limit, ClaimsPrincipal user, IEmissionsStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        if (period is not null && !PeriodPattern().IsMatch(period))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.InvalidParameter, $"'{period}' is not a period", "period", period,
                "1–32 letters, digits, '.', '_' or '-' (e.g. 2020)", "query"));
        }

        if (after is not null && !IsId(after))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.InvalidParameter, $"'{after}' is not a submission id", "after", after,
                "the 'next' value of the previous page", "query"));
        }

        var size = limit is null ? 100 : Parameters.PositiveInt("limit", limit, "query", MaxPage);
        var rows = await store.ListSubmissionsAsync(new SubmissionQuery(caller.OrganizationId, period, after, size), cancellationToken);
        var next = rows.Count == size ? rows[^1].SubmissionId : null;
        return TypedResults.Ok(new SubmissionPage([.. rows.Select(SubmissionService.Receipt)], next));
    }

    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> GetLatestAsync(
        string id, ClaimsPrincipal user, IEmissionsStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var revision = IsId(id) ? await store.GetRevisionAsync(caller.OrganizationId, id, null, cancellationToken) : null;
        return revision is null ? NotFound(id, context) : TypedResults.Ok(SubmissionService.View(revision));
    }

    public static async Task<Results<Ok<RevisionList>, ProblemHttpResult>> ListRevisionsAsync(
        string id, ClaimsPrincipal user, IEmissionsStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var revisions = IsId(id) ? await store.ListRevisionsAsync(caller.OrganizationId, id, cancellationToken) : [];
        return revisions.Count == 0
            ? NotFound(id, context)
            : TypedResults.Ok(new RevisionList(id, [.. revisions.Select(SubmissionService.Receipt)]));
    }

    public static async Task<Results<Ok<SubmissionView>, ProblemHttpResult>> GetRevisionAsync(
        string id, string n, ClaimsPrincipal user, IEmissionsStore store, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var number = Parameters.PositiveInt("n", n, "path");
        var revision = IsId(id) ? await store.GetRevisionAsync(caller.OrganizationId, id, number, cancellationToken) : null;
        return revision is null
            ? ProblemResults.NotFound($"submission '{id}' has no revision {number}", context, "n", n)
            : TypedResults.Ok(SubmissionService.View(revision));
    }

    public static async Task<Results<Ok<SubmissionResults>, ContentHttpResult, ProblemHttpResult>> ResultsAsync(
        string id, string? revision, ClaimsPrincipal user, SubmissionService submissions, HttpContext context, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var format = ResponseFormats.Choose(context.Request);
        int? number = revision is null ? null : Parameters.PositiveInt("revision", revision, "query");
        var computed = IsId(id) ? await submissions.ComputeAsync(caller, id, number, cancellationToken) : null;
        if (computed is not { } found)
        {
            return number is null ? NotFound(id, context) : ProblemResults.NotFound($"submission '{id}' has no revision {number}", context, "revision", revision!);
        }

        if (format == ResponseFormat.Csv)
        {
            return TypedResults.Text(Emissions.Contract.CsvWriter.ToText(found.Result.Table.Columns, found.Result.Table.Rows), "text/csv; charset=utf-8");
        }

        var r = found.Revision;
        return TypedResults.Ok(new SubmissionResults(r.SubmissionId, r.Revision, r.Kind, r.ContentHash, SubmissionService.Pin(r), found.Result.Body));
    }

    private static ProblemHttpResult NotFound(string id, HttpContext context) =>
        ProblemResults.NotFound($"there is no submission '{id}'", context, "id", id);

    // Ids are 32 lowercase hex digits (version-7 GUIDs); anything else cannot exist.
    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    private static RouteHandlerBuilder ProducesWriteProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    [GeneratedRegex("^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}
