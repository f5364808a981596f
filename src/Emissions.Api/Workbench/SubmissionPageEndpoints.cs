using System.Globalization;
using System.Text.Json;
using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Endpoints;
using Emissions.Api.Options;
using Emissions.Api.Problems;
using Emissions.Api.Submissions;
using Emissions.Contract.Checks;
using Emissions.Spreadsheets;
using Emissions.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Workbench;

/// <summary>
/// The Submissions pages of a signed-in organisation, over the same store and recomputation as /v1/submissions:
/// GET /submissions (list), /submissions/{id} (revisions), /submissions/{id}/revisions/{n} (results pinned to their
/// factor set), /submissions/{id}/revisions/{n}/paper (its workbook), /submissions/{id}/diff?from=&amp;to= and
/// /submissions/series. Every query is scoped by the session's organisation: another's submission is "not found".
/// </summary>
internal static class SubmissionPageEndpoints
{
    private const int PageSize = 100;
    private const int MaxSeriesSubmissions = 1000;

    public static void Map(RouteGroupBuilder pages)
    {
        var signedIn = pages.MapGroup("/submissions").RequireAuthorization(SessionDefaults.Policy);
        signedIn.MapGet("", ListAsync);
        signedIn.MapGet("/series", SeriesAsync);
        signedIn.MapGet("/{id}", RevisionsAsync);
        signedIn.MapGet("/{id}/revisions/{n}", ResultsAsync);
        signedIn.MapGet("/{id}/revisions/{n}/paper", PaperAsync);
        signedIn.MapGet("/{id}/diff", DiffAsync);
    }

    private static async Task<IResult> ListAsync(HttpContext context, string? after, IEmissionsStore store, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        if (after is not null && !IsId(after))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.InvalidParameter, $"'{after}' is not a submission id", "after", after, "the id the 'Next page' link gives", "query"));
        }

        var rows = await store.ListSubmissionsAsync(new SubmissionQuery(caller.OrganizationId, null, after, PageSize), cancellationToken);
        var next = rows.Count == PageSize ? rows[^1].SubmissionId : null;
        return Pages.Html(SubmissionListPage.Render(caller, SessionBar.AntiforgeryField(antiforgery, context), rows, next));
    }

    private static async Task<IResult> RevisionsAsync(HttpContext context, string id, IEmissionsStore store, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        var revisions = IsId(id) ? await store.ListRevisionsAsync(caller.OrganizationId, id, cancellationToken) : [];
        if (revisions.Count == 0)
        {
            throw NotFound(id);
        }

        return Pages.Html(RevisionsPage.Render(caller, SessionBar.AntiforgeryField(antiforgery, context), revisions));
    }

    private static async Task<IResult> ResultsAsync(HttpContext context, string id, string n, SubmissionService submissions, IOptions<EmissionsOptions> options,
        IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        var result = await PinnedAsync(caller, id, Parameters.PositiveInt("n", n, "path"), "n", submissions, options, cancellationToken);
        return Pages.Html(RevisionResultsPage.Render(caller, SessionBar.AntiforgeryField(antiforgery, context), result.Pinned));
    }

    private static async Task<IResult> PaperAsync(HttpContext context, string id, string n, SubmissionService submissions, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        var number = Parameters.PositiveInt("n", n, "path");
        var computed = IsId(id) ? await submissions.ComputeAsync(caller, id, number, cancellationToken) : null;
        if (computed is not { } found)
        {
            throw NotFound(id, number, "n");
        }

        using var stream = new MemoryStream();
        found.Result.Workbook!(stream);
        var what = found.Revision.Kind == SubmissionKinds.Report ? "working-paper" : "results";
        var name = string.Create(CultureInfo.InvariantCulture, $"{what}-{FileNames.Safe(found.Revision.Period)}-{id[^8..]}-r{number}.xlsx");
        return TypedResults.File(stream.ToArray(), WorkingPaper.MediaType, name);
    }

    private static async Task<IResult> DiffAsync(HttpContext context, string id, string? from, string? to, SubmissionService submissions, IOptions<EmissionsOptions> options,
        IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        var a = Parameters.PositiveInt("from", from ?? "", "query");
        var b = Parameters.PositiveInt("to", to ?? "", "query");
        var earlier = await PinnedAsync(caller, id, a, "from", submissions, options, cancellationToken);
        var later = await PinnedAsync(caller, id, b, "to", submissions, options, cancellationToken);
        using var fromDocument = JsonDocument.Parse(earlier.Pinned.Revision.Body);
        using var toDocument = JsonDocument.Parse(later.Pinned.Revision.Body);
        var inputs = RevisionComparison.Inputs(fromDocument.RootElement, toDocument.RootElement);
        return Pages.Html(RevisionDiffPage.Render(caller, SessionBar.AntiforgeryField(antiforgery, context), earlier.Pinned, later.Pinned, inputs));
    }

    private static async Task<IResult> SeriesAsync(HttpContext context, IEmissionsStore store, SubmissionService submissions, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(context.User);
        var latestByYear = new SortedDictionary<int, SubmissionRevision>();
        var skipped = new List<string>();
        string? after = null;
        var seen = 0;
        while (seen < MaxSeriesSubmissions)
        {
            var rows = await store.ListSubmissionsAsync(new SubmissionQuery(caller.OrganizationId, null, after, PageSize), cancellationToken);
            foreach (var row in rows.Where(r => r.Kind == SubmissionKinds.Inputs))
            {
                if (YearSeries.YearOf(row.Period) is { } year)
                {
                    latestByYear[year] = row; // listed in the order they were stored: a later submission for the year wins
                }
            }

            seen += rows.Count;
            if (rows.Count < PageSize)
            {
                break;
            }

            after = rows[^1].SubmissionId;
        }

        if (seen >= MaxSeriesSubmissions)
        {
            skipped.Add($"Only the first {MaxSeriesSubmissions} submissions were read. / 仅读取了前 {MaxSeriesSubmissions} 条报送。");
        }

        var years = new List<(int, string, Calculation.CalculationResult)>();
        foreach (var (year, row) in latestByYear)
        {
            try
            {
                var computed = await submissions.ComputeAsync(caller, row.SubmissionId, null, cancellationToken);
                if (computed?.Result.Calculation is { } calculation)
                {
                    years.Add((year, $"{row.SubmissionId} revision {row.Revision.ToString(CultureInfo.InvariantCulture)}, {calculation.FactorSetId} {calculation.ContentHash[..Math.Min(12, calculation.ContentHash.Length)]}…", calculation));
                }
            }
            catch (ApiProblemException ex)
            {
                // One year that cannot be recomputed (its pinned set changed) leaves a gap and says why; the other years still chart.
                skipped.Add($"{year.ToString(CultureInfo.InvariantCulture)}: {ex.Problem.Detail}");
            }
        }

        return Pages.Html(SeriesPage.Render(caller, SessionBar.AntiforgeryField(antiforgery, context), YearSeries.Build(years), skipped));
    }

    /// <summary>A revision recomputed with its pinned set, with the report's request read back for the verdict table.</summary>
    private static async Task<(PinnedResult Pinned, ComputeResult Result)> PinnedAsync(Caller caller, string id, int number, string field, SubmissionService submissions,
        IOptions<EmissionsOptions> options, CancellationToken cancellationToken)
    {
        var computed = IsId(id) ? await submissions.ComputeAsync(caller, id, number, cancellationToken) : null;
        if (computed is not { } found)
        {
            throw NotFound(id, number, field);
        }

        if (found.Result.Calculation is { } calculation)
        {
            return (new PinnedResult(found.Revision, calculation, null, null), found.Result);
        }

        using var document = JsonDocument.Parse(found.Revision.Body);
        var request = CheckRequestReader.Read(document.RootElement, Math.Max(1, options.Value.Limits.MaxFigures));
        return (new PinnedResult(found.Revision, null, request, ((CheckReportBody)found.Result.Body).Report), found.Result);
    }

    private static ApiProblemException NotFound(string id) =>
        new(new ApiProblem(ProblemKinds.NotFound, $"there is no submission '{id}'", "id", id, "an existing submission of your organisation", "path"));

    private static ApiProblemException NotFound(string id, int number, string field) =>
        new(new ApiProblem(ProblemKinds.NotFound, $"there is no submission '{id}' with a revision {number.ToString(CultureInfo.InvariantCulture)}", field,
            number.ToString(CultureInfo.InvariantCulture), "an existing revision of a submission of your organisation", field == "n" ? "path" : "query"));

    // Ids are 32 lowercase hex digits (version-7 GUIDs, so ids of one time share their first digits: names use the last ones).
    private static bool IsId(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);
}
