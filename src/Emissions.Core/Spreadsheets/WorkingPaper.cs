using System.Globalization;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>
/// The auditor's working paper for one check, as an XLSX workbook:
/// Summary (the conclusion per figure in plain words, every figure including those no relation tested),
/// Verdicts (one row per check, labels as printed, exact intervals, implied values),
/// Factors (the set with its editions and content hash, and every factor the relations used),
/// Warnings (plausibility flags and notes), and the request itself — Figures, Relations, Options —
/// so that the paper reads back with <see cref="SpreadsheetCheckReader"/> and re-runs to the same verdicts.
/// </summary>
internal static class WorkingPaper
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream output, CheckRequest request, CheckReport report, FactorSet? set = null,
        IReadOnlyDictionary<FactorReference, Quantity>? explicitFactors = null, DateTimeOffset? at = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        var book = new XlsxBuilder();
        Summary(book, request, report, set, at ?? DateTimeOffset.UtcNow);
        Verdicts(book, request, report);
        FactorsSheet(book, request, set, explicitFactors);
        Warnings(book, report);
        Request(book, request, set);
        book.Write(output);
    }

    /// <summary>What the paper concludes for one figure: its checks' conclusions, or why none was drawn.</summary>
    public static string FigureConclusion(ReportedFigure figure, CheckReport report, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(report);
        var checks = report.Checks.Where(c => c.Figure == figure.Key).ToList();
        if (checks.Count > 0)
        {
            return string.Join("; ", checks.Select(c => PlainConclusion.Of(c, options)).Distinct(StringComparer.Ordinal));
        }

        var usedBy = report.Checks.Where(c => c.Implied.Any(i => i.Name == figure.Key)).Select(c => c.Figure).Distinct(StringComparer.Ordinal).ToList();
        return usedBy.Count > 0
            ? $"not tested itself; used to check {string.Join(", ", usedBy)}"
            : "not tested: no relation covers this figure";
    }

    private static void Summary(XlsxBuilder book, CheckRequest request, CheckReport report, FactorSet? set, DateTimeOffset at)
    {
        var sheet = book.Sheet("Summary", freezeHeader: false, 34, 48, 16, 14, 60, 14);
        sheet.Styled(CellStyle.Title, "Working paper: check of published figures / 披露数据核对底稿");
        sheet.Row("Organisation / 机构", request.Organization ?? report.Organization);
        sheet.Row("Period / 期间", request.Period ?? report.Period);
        sheet.Row("Source / 来源", request.Source ?? report.Source);
        sheet.Row("Factor set / 因子集", set is null ? "none" : $"{set.Id}: {set.Title}");
        sheet.Row("Factor set content hash", set?.ContentHash);
        sheet.Row("Materiality / 重要性", PlainConclusion.Percent(request.Options.Materiality));
        sheet.Row("About tolerance", PlainConclusion.Percent(request.Options.AboutTolerance));
        sheet.Row("Checked at (UTC)", at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        var summary = report.Summary;
        sheet.Row("Result / 结论",
            $"{report.Checks.Count} checks over {request.Figures.Count} figures: {summary["reproduced"]} reproduced, {summary["consistent"]} consistent, " +
            $"{summary["discrepant"]} discrepant ({summary["material"]} material), {summary["unverifiable"]} unverifiable");
        sheet.Row();
        sheet.Heading("Figure / 数据", "Label as printed / 项目", "Printed / 披露值", "Unit / 单位", "Conclusion / 结论", "Verdict / 判定");
        foreach (var figure in request.Figures)
        {
            var checks = report.Checks.Where(c => c.Figure == figure.Key).ToList();
            var worst = checks.Count == 0 ? (Verdict?)null : checks.Max(c => c.Verdict);
            sheet.Row(figure.Key, figure.Label, Printed(figure), UnitText(figure), FigureConclusion(figure, report, request.Options), worst?.Name() ?? "not tested")
                .Mark(5, Style(worst, checks.Any(c => c.Material)));
        }
    }

    private static void Verdicts(XlsxBuilder book, CheckRequest request, CheckReport report)
    {
        var labels = request.Figures.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        var sheet = book.Sheet("Verdicts", true, 28, 40, 14, 48, 14, 10, 14, 14, 22, 22, 22, 16, 14, 10, 48, 60, 48);
        sheet.Heading("Figure", "Label as printed", "Verdict", "Conclusion", "Printed", "Unit", "Printed low", "Printed high",
            "Recomputed", "Recomputed low", "Recomputed high", "Deviation", "Deviation %", "Material", "Implied values", "Explanation", "Relation");
        foreach (var check in report.Checks)
        {
            sheet.Row(check.Figure, labels.GetValueOrDefault(check.Figure), check.Verdict.Name(), PlainConclusion.Of(check, request.Options),
                check.Reported.Value, check.Reported.Unit, check.Reported.Low, check.Reported.High,
                check.Recomputed?.Value, check.Recomputed?.Low, check.Recomputed?.High,
                check.Deviation?.Absolute, check.Deviation?.Relative * 100m, check.Material,
                string.Join("; ", check.Implied.Select(i => $"{i.Name} = {CheckReportJson.Number(i.Value)}{(i.Unit.Length > 0 ? " " + i.Unit : "")}")),
                check.Explanation, check.Formula)
                .Mark(2, Style(check.Verdict, check.Material));
        }
    }

    private static void FactorsSheet(XlsxBuilder book, CheckRequest request, FactorSet? set, IReadOnlyDictionary<FactorReference, Quantity>? explicitFactors)
    {
        var sheet = book.Sheet("Factors", true, 30, 16, 18, 40, 50, 66);
        sheet.Heading("Factor", "Value", "Unit", "Edition", "Source", "Content hash");
        if (set is not null)
        {
            sheet.Row($"factor set {set.Id}", null, null, string.Join("; ", set.Editions), set.Title, set.ContentHash);
        }

        var references = request.Relations.SelectMany(r => FactorReferences(r.Formula)).Distinct().ToList();
        foreach (var reference in references)
        {
            if (explicitFactors is not null && explicitFactors.TryGetValue(reference, out var given))
            {
                sheet.Row(reference.ToString(), given.ToString(), null, "given with the request", "one-off factor", null);
                continue;
            }

            if (request.Options.Factors.TryGetValue(reference, out var option))
            {
                sheet.Row(reference.ToString(), option.Value, option.Unit.Symbol, "given with the request (options.factors)", "one-off factor", null);
                continue;
            }

            var matches = set?.Factors.Where(f => FactorParameterNames.TryParse(reference.Parameter, out var p) && f.Parameter == p
                && string.Equals(f.Applicability.Carrier, reference.Carrier, StringComparison.Ordinal)).Take(2).ToList() ?? [];
            if (matches.Count == 1)
            {
                var factor = matches[0];
                sheet.Row(reference.ToString(), factor.Value.Value, factor.Value.Unit.Symbol, $"{factor.Edition.Publisher} {factor.Edition.Title} ({factor.Edition.Path})",
                    factor.Source, set!.ContentHash);
            }
            else
            {
                sheet.Styled(CellStyle.Muted, reference.ToString(), null, null, null, matches.Count == 0 ? "not in the factor set" : "ambiguous in the factor set", null);
            }
        }

        if (set is null && references.Count == 0)
        {
            sheet.Row("none: the relations use printed figures only");
        }
    }

    private static void Warnings(XlsxBuilder book, CheckReport report)
    {
        var sheet = book.Sheet("Warnings", true, 24, 30, 90, 60);
        sheet.Heading("Kind", "Figures", "Message", "Assumptions");
        foreach (var flag in report.Flags)
        {
            sheet.Row($"plausibility: {flag.Rule}", string.Join(", ", flag.Figures), flag.Message, string.Join("; ", flag.Assumptions)).Mark(0, CellStyle.Warning);
        }

        foreach (var note in report.Notes)
        {
            sheet.Row("note", null, note, null);
        }

        if (report.Flags.Count == 0 && report.Notes.Count == 0)
        {
            sheet.Row("none");
        }
    }

    private static void Request(XlsxBuilder book, CheckRequest request, FactorSet? set)
    {
        var figures = book.Sheet(SheetNames.Figures, true, 28, 30, 16, 14, 10, 10, 14, 60);
        figures.Heading("id", "metric", "value", "unit", "qualifier", "period", "site", "label");
        foreach (var f in request.Figures)
        {
            figures.Row(f.Id, f.Metric, Printed(f), UnitText(f), f.Qualifier == Qualifier.Exact ? null : f.Qualifier.Name(), f.Period, f.Site, f.Label);
        }

        var relations = book.Sheet(SheetNames.Relations, true, 28, 28, 60);
        relations.Heading("id", "metric", "formula");
        foreach (var r in request.Relations)
        {
            relations.Row(r.Id, r.Metric, r.FormulaText);
        }

        var options = book.Sheet(SheetNames.Options, true, 20, 60);
        options.Heading("option", "value");
        options.Row("materiality", PlainConclusion.Percent(request.Options.Materiality).Replace(" ", "", StringComparison.Ordinal));
        options.Row("aboutTolerance", PlainConclusion.Percent(request.Options.AboutTolerance).Replace(" ", "", StringComparison.Ordinal));
        options.Row("factorSet", request.Options.FactorSet ?? set?.Id);
        options.Row("organization", request.Organization);
        options.Row("period", request.Period);
        options.Row("source", request.Source);
        options.Row("site", request.Site);
        foreach (var (reference, value) in request.Options.Factors)
        {
            options.Row(reference.ToString(), $"{value.Value.ToString(CultureInfo.InvariantCulture)} {value.Unit.Symbol}");
        }
    }

    /// <summary>The value as printed, as text so that its printed decimals survive (32.30 stays 32.30).</summary>
    private static string Printed(ReportedFigure figure) => figure.Printed.Value.ToString(CultureInfo.InvariantCulture);

    private static string? UnitText(ReportedFigure figure) => figure.Printed.Unit.Symbol is "" or "1" ? null : figure.Printed.Unit.Symbol;

    private static CellStyle Style(Verdict? verdict, bool material) => verdict switch
    {
        Verdict.Reproduced => CellStyle.Good,
        Verdict.Consistent => CellStyle.Fair,
        Verdict.Discrepant => material ? CellStyle.Bad : CellStyle.Warning,
        _ => CellStyle.Muted,
    };

    private static IEnumerable<FactorReference> FactorReferences(Expr expr) => expr switch
    {
        FactorReference reference => [reference],
        Binary binary => FactorReferences(binary.Left).Concat(FactorReferences(binary.Right)),
        Negation negation => FactorReferences(negation.Operand),
        FunctionCall call => call.Arguments.SelectMany(FactorReferences),
        _ => [],
    };
}
