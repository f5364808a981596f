using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Problems;
using Emissions.Budget;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Workbench;

/// <summary>
/// The workbench pages, served by the service itself (server-rendered HTML, no script, no CDN): GET / shows
/// "Check a report"; POST /workbench/check reads an uploaded XLSX/CSV or a pasted table and either previews how it was
/// read (action=preview) or runs the check as POST /v1/checks does and shows the verdicts; GET /workbench/papers/{sha256}
/// answers the working paper of a check the page ran (<see cref="PaperStore"/>). GET /calculate and POST /workbench/calculate run an activity workbook as
/// POST /v1/calculations does. The Submissions pages (<see cref="SessionEndpoints"/>, <see cref="SubmissionPageEndpoints"/>) are mapped with them.
/// </summary>
public static class WorkbenchEndpoints
{
    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Pages: a failure is a page for a browser and a problem document for any other client (PageNegotiation); a POST
        // must carry a form. The anonymous pages need no anti-forgery token (they change nothing stored); the Submissions forms do.
        // One stateless filter instance: AddEndpointFilter<T> would build each request's filter through ActivatorUtilities,
        // which reads the filter's constructors by reflection when the endpoints are built at start.
        var pages = app.MapGroup("").ExcludeFromDescription().WithMetadata(WorkbenchPageMetadata.Instance).AddEndpointFilter(new PageFormFilter());
        pages.MapGet("/", Page).AllowAnonymous();
        pages.MapPost("/workbench/check", CheckAsync).AllowAnonymous().DisableAntiforgery();
        pages.MapGet("/workbench/papers/{hash}", PaperAsync).AllowAnonymous();
        pages.MapGet("/calculate", (IFactorCatalog catalog) => Html(CalculatePage.Render(Sets(catalog), null, null))).AllowAnonymous();
        pages.MapPost("/workbench/calculate", CalculateAsync).AllowAnonymous().DisableAntiforgery();
        SessionEndpoints.Map(pages);
        SubmissionPageEndpoints.Map(pages);
        return app;
    }

    private static IResult Page(IFactorCatalog catalog) => Html(WorkbenchPage.Render(Sets(catalog), null, null, null));

    private static async Task<IResult> CheckAsync(HttpRequest request, IFactorCatalog catalog, ComputeRunner runner, PaperStore papers, CancellationToken cancellationToken)
    {
        var sets = Sets(catalog);
        var form = await request.ReadFormAsync(cancellationToken);
        var pasted = form["paste"].ToString();
        var materiality = form["materiality"].ToString();
        try
        {
            var reading = Read(form);
            var check = reading.Request;
            if (form["action"].ToString() == "preview")
            {
                return Html(WorkbenchPage.Render(sets, null, null, null, preview: reading, pasted: pasted, materiality: materiality));
            }

            var options = check.Options with
            {
                FactorSet = form["factorSet"].ToString() is { Length: > 0 } set ? set : check.Options.FactorSet,
                Materiality = form["materiality"].ToString() is { Length: > 0 } m ? CheckRequestReader.ParseFraction(m, "materiality") : check.Options.Materiality,
            };
            check = check with { Options = options };
            var json = CheckRequestJson.Write(check);
            using var document = JsonDocument.Parse(json);
            var result = await runner.RunAsync(ComputeKind.Check, document.RootElement, null, ComputePurpose.Request, null, cancellationToken);
            return Html(WorkbenchPage.Render(sets, check, ((CheckReportBody)result.Body).Report, papers.Keep(json), pasted: pasted, materiality: materiality));
        }
        catch (InputException ex) when (PageNegotiation.WantsHtml(request))
        {
            return Html(WorkbenchPage.Render(sets, null, null, null, ex.Message, pasted: pasted, materiality: materiality), StatusCodes.Status422UnprocessableEntity);
        }
        catch (ApiProblemException ex) when (PageNegotiation.WantsHtml(request))
        {
            return Html(WorkbenchPage.Render(sets, null, null, null, ex.Problem.Detail, pasted: pasted, materiality: materiality), ex.Problem.Kind.Status);
        }
        catch (WorkBudgetExceededException ex) when (PageNegotiation.WantsHtml(request))
        {
            return Html(WorkbenchPage.Render(sets, null, null, null, BudgetMessage(ex), pasted: pasted, materiality: materiality), ProblemKinds.BudgetExceeded.Status);
        }
    }

    private static async Task<IResult> CalculateAsync(HttpRequest request, IFactorCatalog catalog, ComputeRunner runner, CancellationToken cancellationToken)
    {
        var sets = Sets(catalog);
        var form = await request.ReadFormAsync(cancellationToken);
        var factorSet = form["factorSet"].ToString() is { Length: > 0 } set ? set : null;
        var uncertainty = form["uncertainty"].ToString() == "ipcc";
        ActivityReading? reading = null;
        try
        {
            if (form.Files.GetFile("file") is { Length: > 0 } file)
            {
                var name = Path.GetFileName(file.FileName);
                await using var stream = file.OpenReadStream();
                reading = name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                    ? ActivityWorkbookReader.ReadCsv(await new StreamReader(stream).ReadToEndAsync(cancellationToken), name)
                    : ActivityWorkbookReader.ReadXlsx(stream, name);
            }
            else if (form["table"].ToString() is { Length: > 0 } table && table.Trim().Length > 0)
            {
                reading = ActivityWorkbookReader.ReadCsv(table, "pasted lines");
            }
            else
            {
                throw new InputException("workbook", null,
                    "an activity workbook (.xlsx) or CSV to upload, or activity lines pasted as CSV; the template is at /v1/calculations/template", InputError.Missing);
            }

            var json = System.Text.Json.Nodes.JsonNode.Parse(reading.Json)!.AsObject();
            if (factorSet is not null)
            {
                json["factorSet"] = factorSet; // the page's choice wins over the workbook's, as --factor-set does
            }

            if (uncertainty)
            {
                json["uncertainty"] = new System.Text.Json.Nodes.JsonObject { ["factors"] = "ipcc" }; // as --uncertainty factors=ipcc
            }

            using var chosen = JsonDocument.Parse(json.ToJsonString());
            var result = await runner.RunAsync(ComputeKind.Calculation, chosen.RootElement, null, ComputePurpose.Request, null, cancellationToken);
            return Html(CalculatePage.Render(sets, result.Calculation!, factorSet, uncertainty: uncertainty));
        }
        catch (InputException ex)
        {
            var located = reading?.Locate(ex) ?? ex;
            if (!PageNegotiation.WantsHtml(request))
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(located); // the problem document names the cell too
            }

            return Html(CalculatePage.Render(sets, null, factorSet, located.Message, uncertainty), StatusCodes.Status422UnprocessableEntity);
        }
        catch (ApiProblemException ex) when (PageNegotiation.WantsHtml(request))
        {
            return Html(CalculatePage.Render(sets, null, factorSet, ex.Problem.Detail, uncertainty), ex.Problem.Kind.Status);
        }
        catch (WorkBudgetExceededException ex) when (PageNegotiation.WantsHtml(request))
        {
            return Html(CalculatePage.Render(sets, null, factorSet, BudgetMessage(ex), uncertainty), ProblemKinds.BudgetExceeded.Status);
        }
    }

    // A browser is told on the page, as a problem document tells an API client (ProblemDefaults), not sent that JSON.
    private static string BudgetMessage(WorkBudgetExceededException ex) =>
        $"{ex.Message}: send a smaller workbook, or ask the operator to raise Limits:ComputeBudgetSeconds";

    private static async Task<IResult> PaperAsync(string hash, PaperStore papers, ComputeRunner runner, CancellationToken cancellationToken)
    {
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.NotFound, $"'{hash}' is not a working paper's key", "hash", hash,
                "the 64 hex digits of the download link the Check page gave", "path"));
        }

        var json = papers.Find(hash) ?? throw new ApiProblemException(new ApiProblem(ProblemKinds.Gone,
            "this working paper is no longer held: the page keeps a check's request for an hour after its last download; run the check again for a new link",
            "hash", hash, "the link of a check run within the hour", "path"));
        using var document = JsonDocument.Parse(json);
        var result = await runner.RunAsync(ComputeKind.Check, document.RootElement, null, ComputePurpose.Request, null, cancellationToken);
        using var stream = new MemoryStream();
        result.Workbook!(stream);
        return TypedResults.File(stream.ToArray(), WorkingPaper.MediaType, PaperName(document.RootElement, hash));
    }

    // working-paper-Kuaishou-Technology-2020-1a2b3c4d.xlsx: who, which period, which check (the first digits of its key).
    private static string PaperName(JsonElement request, string hash)
    {
        string Field(string name) => request.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? FileNames.Safe(value.GetString()) : "";
        var parts = new[] { "working-paper", Field("organization"), Field("period"), hash[..8] }.Where(p => p.Length > 0);
        return string.Join('-', parts) + ".xlsx";
    }

    private static SpreadsheetReading Read(IFormCollection form)
    {
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            using var stream = file.OpenReadStream();
            var name = Path.GetFileName(file.FileName);
            if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = new StreamReader(stream);
                return SpreadsheetCheckReader.ReadCsv(reader.ReadToEnd(), name);
            }

            return SpreadsheetCheckReader.ReadXlsx(stream, name);
        }

        var pasted = form["paste"].ToString();
        if (pasted.Trim().Length == 0)
        {
            throw new InputException("table", null, "a workbook or CSV to upload, or a table pasted from Excel (a header row, then one figure per row)", InputError.Missing);
        }

        return SpreadsheetCheckReader.Read([PastedTableReader.Read(pasted)], "pasted table");
    }

    private static List<string> Sets(IFactorCatalog catalog) => [.. catalog.Sets.Select(s => s.Id).Order(StringComparer.Ordinal)];

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
