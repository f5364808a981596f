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
            .Accepts<System.Text.Json.JsonElement>("application/json", "text/csv", Spreadsheets.WorkingPaper.MediaType)
            .Produces<CalculationResponse>(StatusCodes.Status200OK, "application/json", "text/csv", Spreadsheets.WorkingPaper.MediaType)
            .WithExamples(OpenApiExamples.CalculationRequest, OpenApiExamples.CalculationResponse)
            .WithMetadata(new TraceQueryMetadata(
                "How much trace the answer carries (CONTRACT \"Traces\"): none, summary (each input line once, traces refer to them by range) "
                + "or full (each trace lists its inputs). Not given: summary when the traces use more than 1,000 input lines, full otherwise. "
                + "Another value: 400 invalid-parameter, field trace."))
            .ProducesComputeProblems();
        group.MapGet("/calculations/template", Template)
            .WithName("CalculationTemplate")
            .WithSummary("The activity workbook to fill in: one sheet per input kind, drop-down lists for fuels, regions, categories and factor sets")
            .Produces(StatusCodes.Status200OK, contentType: Spreadsheets.WorkingPaper.MediaType);
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
    internal static Task<Results<Ok<CalculationResponse>, ContentHttpResult, FileContentHttpResult>> CalculateAsync(
        HttpRequest request, JsonBodyReader reader, SpreadsheetBody spreadsheets, ComputeRunner runner, CancellationToken cancellationToken) =>
        RunAsync<CalculationResponse>(ComputeKind.Calculation, request, reader, spreadsheets, runner, cancellationToken, TraceQuery(request));

    /// <summary>The activity workbook template, its factor-set drop-down listing the shipped sets.</summary>
    public static FileContentHttpResult Template(Emissions.Api.Factors.IFactorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        using var stream = new MemoryStream();
        Spreadsheets.ActivityWorkbook.Write(stream, [.. catalog.Sets.Select(s => s.Id).Order(StringComparer.Ordinal)]);
        return TypedResults.File(stream.ToArray(), Spreadsheets.WorkingPaper.MediaType, "inventory-template.xlsx");
    }

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
        var isSpreadsheet = spreadsheets is not null && SpreadsheetBody.IsSpreadsheet(request.ContentType);
        if (kind == ComputeKind.Calculation && !isSpreadsheet)
        {
            // Straight from the body's bytes into the inventory: no document of the whole request (issue 16).
            using var utf8 = await reader.ReadBodyAsync(request, cancellationToken);
            var calculated = await runner.CalculateAsync(utf8.Utf8, Caller.From(request.HttpContext.User)?.OrganizationId, ComputePurpose.Request, null, cancellationToken, trace);
            return ResponseFormats.Write<T>(calculated, format, name);
        }

        if (kind == ComputeKind.Check && !isSpreadsheet)
        {
            // The usual check request is read from the body's bytes in one pass; others from its document (ComputeRunner).
            using var utf8 = await reader.ReadUnscannedAsync(request, cancellationToken);
            var checkedReport = await runner.CheckAsync(utf8.Utf8, Caller.From(request.HttpContext.User)?.OrganizationId, ComputePurpose.Request, cancellationToken);
            return ResponseFormats.Write<T>(checkedReport, format, name);
        }

        using var body = isSpreadsheet
            ? await spreadsheets!.ReadAsync(request, kind, "body", cancellationToken)
            : new SpreadsheetRequest(await reader.ReadAsync(request, cancellationToken), null);
        var caller = Caller.From(request.HttpContext.User);
        try
        {
            var result = await runner.RunAsync(kind, body.Document.RootElement, caller?.OrganizationId, ComputePurpose.Request, null, cancellationToken, trace);
            return ResponseFormats.Write<T>(result, format, name);
        }
        catch (Inventory.InputException ex) when (body.Activity is { } activity)
        {
            throw activity.Locate(ex); // "$.fuels[0].amount" is "body.xlsx sheet 'Fuels' row 2 column B (amount)" to the caller
        }
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
