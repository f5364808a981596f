using Emissions.Contract.Checks;
using System.Globalization;
using System.Text;
using Emissions.Spreadsheets;
using Emissions.Verification;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// Every figure with its verdict in colour, the plain conclusion and the implied values; on demand (a native
/// details element, reachable by keyboard) each check's relation, printed and recomputed intervals, deviation and explanation.
/// </summary>
internal static class VerdictTable
{
    public static void Render(StringBuilder html, CheckRequest request, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        html.Append("<table id=\"verdicts\"><caption>Every figure and the conclusion drawn / 每项数据及结论</caption><thead><tr>")
            .Append("<th scope=\"col\">Figure / 数据</th><th scope=\"col\">Label as printed / 项目</th><th scope=\"col\">Printed / 披露值</th>")
            .Append("<th scope=\"col\">Verdict / 判定</th><th scope=\"col\">Conclusion / 结论</th><th scope=\"col\">Implied values / 隐含值</th>")
            .Append("<th scope=\"col\">Attributed factors / 因子归属</th>")
            .Append("<th scope=\"col\">Intervals and trace / 区间与过程</th></tr></thead><tbody>");
        foreach (var figure in request.Figures)
        {
            var checks = report.Checks.Where(c => c.Figure == figure.Key).ToList();
            var verdict = checks.Count == 0 ? "not tested" : checks.Max(c => c.Verdict).Name();
            var css = checks.Any(c => c.Material) ? "material" : checks.Count == 0 ? "untested" : verdict;
            var implied = string.Join("; ", checks.SelectMany(c => c.Implied).Select(i => $"{i.Name} = {CheckReportJson.Number(i.Value)} {i.Unit}".TrimEnd()));
            html.Append("<tr data-figure=\"").Append(E(figure.Key)).Append("\"><th scope=\"row\">").Append(E(figure.Key)).Append("</th><td>")
                .Append(E(figure.Label)).Append("</td><td>")
                .Append(E($"{figure.Printed.Value.ToString(CultureInfo.InvariantCulture)} {figure.Printed.Unit.Symbol}".Trim())).Append("</td><td class=\"")
                .Append(css).Append("\">").Append(E(verdict)).Append("</td><td class=\"conclusion\">")
                .Append(E(WorkingPaper.FigureConclusion(figure, report, request.Options))).Append("</td><td>")
                .Append(E(implied)).Append("</td><td class=\"attribution\">");
            Attribution(html, checks);
            html.Append("</td><td>");
            if (checks.Count > 0)
            {
                Trace(html, checks);
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>
    /// Beside the verdict, what an auditor cites for a discrepant or unverifiable figure: the implied factor with its range,
    /// the published factors (edition, region, year, status) that explain it or the nearest that do not, and whether the
    /// gap is within the inputs' combined uncertainty.
    /// </summary>
    private static void Attribution(StringBuilder html, List<CheckResult> checks)
    {
        var lines = checks.SelectMany(c => c.Attribution.Select(a => a.Summary()))
            .Concat(checks.Where(c => c.Uncertainty is not null).Select(c => c.Uncertainty!.Sentence))
            .Distinct(StringComparer.Ordinal).ToList();
        foreach (var line in lines)
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }
    }

    private static void Trace(StringBuilder html, List<CheckResult> checks)
    {
        html.Append("<details><summary>").Append(checks.Count == 1 ? "1 check" : $"{checks.Count} checks").Append(" / 核对过程</summary><dl>");
        foreach (var check in checks)
        {
            html.Append("<dt>").Append(E(check.Relation)).Append("</dt><dd>printed / 披露 ").Append(E(Interval(check.Reported)));
            if (check.Recomputed is { } recomputed)
            {
                html.Append("<br>recomputed / 重算 ").Append(E(Interval(recomputed)));
            }

            if (check.Deviation is { } deviation)
            {
                html.Append("<br>deviation / 偏差 ").Append(E($"{CheckReportJson.Number(deviation.Absolute)} {deviation.Unit}"))
                    .Append(deviation.Relative is { } r ? E($" ({CheckReportJson.Number(r * 100m)} %)") : "");
            }

            html.Append("<br>").Append(E(check.Explanation)).Append("</dd>");
        }

        html.Append("</dl></details>");
    }

    /// <summary>"[32.295, 32.305) 噸/人": the interval the figure stands for, brackets saying which ends are included.</summary>
    public static string Interval(ValueView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var low = view.Low is { } l ? CheckReportJson.Number(l) : "−∞";
        var high = view.High is { } h ? CheckReportJson.Number(h) : "+∞";
        return $"{(view.LowInclusive ? "[" : "(")}{low}, {high}{(view.HighInclusive ? "]" : ")")} {view.Unit}".TrimEnd();
    }
}
