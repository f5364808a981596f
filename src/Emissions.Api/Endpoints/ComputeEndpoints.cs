using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.OpenApi;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Endpoints;

/// <summary>
/// Stateless compute: POST /v1/calculations, POST /v1/checks (JSON, or CSV with Accept: text/csv, or an
/// XLSX workbook with Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet) and
/// GET /v1/metrics. A check may also be posted as a workbook or a CSV table of figures. Keys are optional unless Auth:RequireKeyForCompute; a key lets a request name its
/// organisation's custom factor sets.
/// </summary>
public static class ComputeEndpoints
{
    public static IEndpointRouteBuilder MapCompute(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var requireKey = app.ServiceProvider.GetRequiredService<IOptions<EmissionsOptions>>().Value.Auth.RequireKeyForCompute;
        var group = app.MapGroup("/v1").WithTags("Compute");
        if (requireKey)
        {
            group.RequireAuthorization(ApiKeyDefaults.ReadPolicy);
        }
        else
        {
            group.AllowAnonymous();
        }

        group.MapPost("/calculations", CalculateAsync)
            .WithName("Calculate")
            .WithSummary("Raw inputs → every metric with its trace")
            .Accepts<System.Text.Json.JsonElement>("application/json")
            .Produces<CalculationResponse>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheets.WorkingPaper.MediaType)
            .WithExamples(OpenApiExamples.CalculationRequest, OpenApiExamples.CalculationResponse)
            .ProducesComputeProblems();
        group.MapPost("/checks", CheckAsync)
            .WithName("Check")
            .WithSummary("Published figures (+ optional raw inputs) → a verdict per relation")
            .Accepts<System.Text.Json.JsonElement>("application/json", "text/csv", Spreadsheets.WorkingPaper.MediaType)
            .Produces<CheckReportBody>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheets.WorkingPaper.MediaType)
            .WithExamples(OpenApiExamples.CheckRequest, OpenApiExamples.CheckResponse)
            .ProducesComputeProblems();
        group.MapGet("/metrics", Metrics)
            .WithName("ListMetrics")
            .WithSummary("The metric catalogue: ids, kinds, units, names in English and Chinese, formulas, disclosure codes");
        return app;
    }

    // The JSON bodies' schemas are docs/schemas' (ContractSchemaTransformer), not ones generated from these types.
    public static Task<Results<Ok<CalculationResponse>, ContentHttpResult, FileContentHttpResult>> CalculateAsync(
        HttpRequest request, JsonBodyReader reader, ComputeRunner runner, CancellationToken cancellationToken) =>
        RunAsync<CalculationResponse>(ComputeKind.Calculation, request, reader, null, runner, cancellationToken, TraceQuery(request));

    public static Task<Results<Ok<CheckReportBody>, ContentHttpResult, FileContentHttpResult>> CheckAsync(
        HttpRequest request, JsonBodyReader reader, SpreadsheetBody spreadsheets, ComputeRunner runner, CancellationToken cancellationToken) =>
        RunAsync<CheckReportBody>(ComputeKind.Check, request, reader, spreadsheets, runner, cancellationToken);

    public static Ok<MetricList> Metrics(IMetricCatalogService catalog) => TypedResults.Ok(new MetricList(catalog.Metrics()));

    private static async Task<Results<Ok<T>, ContentHttpResult, FileContentHttpResult>> RunAsync<T>(
        ComputeKind kind, HttpRequest request, JsonBodyReader reader, SpreadsheetBody? spreadsheets, ComputeRunner runner, CancellationToken cancellationToken, TraceDetail? trace = null)
        where T : class
    {
        var format = ResponseFormats.Choose(request, workbook: true);
        var name = kind == ComputeKind.Check ? "working-paper" : "results";
        using var document = spreadsheets is not null && SpreadsheetBody.IsSpreadsheet(request.ContentType)
            ? await spreadsheets.ReadAsync(request, "body", cancellationToken)
            : await reader.ReadAsync(request, cancellationToken);
        var caller = Caller.From(request.HttpContext.User);
        var result = await runner.RunAsync(kind, document.RootElement, caller?.OrganizationId, ComputePurpose.Request, null, cancellationToken, trace);
        return ResponseFormats.Write<T>(result, format, name);
    }

    /// <summary>?trace=none|summary|full (CONTRACT "Traces"); absent: summary above 1,000 input lines, full otherwise.</summary>
    private static TraceDetail? TraceQuery(HttpRequest request)
    {
        if (!request.Query.TryGetValue("trace", out var values))
        {
            return null;
        }

        var text = values.ToString();
        return TraceDetails.Names.Contains(text)
            ? TraceDetails.Parse(text, "trace")
            : throw ApiProblemException.Query("trace", $"'{text}' is not a trace detail", text, "one of none, summary, full");
    }

    private static RouteHandlerBuilder ProducesComputeProblems(this RouteHandlerBuilder builder) => builder
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status406NotAcceptable)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);
}

public sealed record MetricList(IReadOnlyList<MetricInfo> Metrics);
