using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Problems;
using Emissions.Contract.Checks;
using Emissions.Inventory;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Workbench;

/// <summary>
/// The workbench page, served by the service itself (server-rendered HTML, no script, no CDN): GET / shows
/// "Check a report"; POST /workbench/check reads an uploaded XLSX/CSV or a pasted table, runs the check as
/// POST /v1/checks does and shows the verdicts; POST /workbench/paper answers the working paper.
/// </summary>
public static class WorkbenchEndpoints
{
    public static IEndpointRouteBuilder MapWorkbench(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", Page).ExcludeFromDescription().AllowAnonymous();
        app.MapPost("/workbench/check", CheckAsync).ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        app.MapPost("/workbench/paper", PaperAsync).ExcludeFromDescription().AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static IResult Page(IFactorCatalog catalog) => Html(WorkbenchPage.Render(Sets(catalog), null, null, null));

    private static async Task<IResult> CheckAsync(HttpRequest request, IFactorCatalog catalog, ComputeRunner runner, CancellationToken cancellationToken)
    {
        var sets = Sets(catalog);
        try
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var check = Read(form);
            var options = check.Options with
            {
                FactorSet = form["factorSet"].ToString() is { Length: > 0 } set ? set : check.Options.FactorSet,
                Materiality = form["materiality"].ToString() is { Length: > 0 } m ? CheckRequestReader.ParseFraction(m, "materiality") : check.Options.Materiality,
            };
            check = check with { Options = options };
            var json = CheckRequestJson.Write(check);
            using var document = JsonDocument.Parse(json);
            var result = await runner.RunAsync(ComputeKind.Check, document.RootElement, null, ComputePurpose.Request, null, cancellationToken);
            return Html(WorkbenchPage.Render(sets, check, ((CheckReportBody)result.Body).Report, Convert.ToBase64String(json)));
        }
        catch (InputException ex)
        {
            return Html(WorkbenchPage.Render(sets, null, null, null, ex.Message), StatusCodes.Status422UnprocessableEntity);
        }
        catch (ApiProblemException ex)
        {
            return Html(WorkbenchPage.Render(sets, null, null, null, ex.Problem.Detail), ex.Problem.Kind.Status);
        }
    }

    private static async Task<IResult> PaperAsync(HttpRequest request, ComputeRunner runner, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        byte[] json;
        try
        {
            json = Convert.FromBase64String(form["request"].ToString());
        }
        catch (FormatException)
        {
            throw new InputException("request", null, "the check request the page sent with the download button");
        }

        using var document = JsonDocument.Parse(json);
        var result = await runner.RunAsync(ComputeKind.Check, document.RootElement, null, ComputePurpose.Request, null, cancellationToken);
        using var stream = new MemoryStream();
        result.Workbook!(stream);
        return TypedResults.File(stream.ToArray(), WorkingPaper.MediaType, "working-paper.xlsx");
    }

    private static CheckRequest Read(IFormCollection form)
    {
        if (form.Files.GetFile("file") is { Length: > 0 } file)
        {
            using var stream = file.OpenReadStream();
            var name = Path.GetFileName(file.FileName);
            if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                using var reader = new StreamReader(stream);
                return SpreadsheetCheckReader.ReadCsv(reader.ReadToEnd(), name).Request;
            }

            return SpreadsheetCheckReader.ReadXlsx(stream, name).Request;
        }

        var pasted = form["paste"].ToString();
        if (pasted.Trim().Length == 0)
        {
            throw new InputException("table", null, "a workbook or CSV to upload, or a table pasted from Excel (a header row, then one figure per row)", InputError.Missing);
        }

        return SpreadsheetCheckReader.Read([PastedTableReader.Read(pasted)], "pasted table").Request;
    }

    private static List<string> Sets(IFactorCatalog catalog) => [.. catalog.Sets.Select(s => s.Id).Order(StringComparer.Ordinal)];

    private static IResult Html(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
