using System.Globalization;
using System.Text;
using Emissions.Api.Auth;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// A revision's results pinned to their factor set: the set and content hash stored with the revision beside the set and hash
/// the figures were just computed with, then every metric with its trace (inputs) or every verdict (report), and the workbook.
/// </summary>
internal static class RevisionResultsPage
{
    public static string Render(Caller caller, string antiforgeryField, PinnedResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var r = result.Revision;
        var n = r.Revision.ToString(CultureInfo.InvariantCulture);
        return Page("/submissions", "Results of revision " + n, $"第 {n} 版结果", html =>
        {
            SessionBar.Render(html, caller, antiforgeryField);
            html.Append("<p><a href=\"/submissions/").Append(E(r.SubmissionId)).Append("\">Revisions of this submission / 本报送的修订版本</a></p>");
            Pin(html, result);
            var paper = $"/submissions/{r.SubmissionId}/revisions/{n}/paper";
            html.Append("<p><a class=\"button\" id=\"paper\" href=\"").Append(E(paper)).Append("\">")
                .Append(result.Calculation is null ? "Download the working paper / 下载底稿 (.xlsx)" : "Download the results workbook / 下载结果工作簿 (.xlsx)").Append("</a></p>");
            if (result.Calculation is { } calculation)
            {
                html.Append("<section aria-labelledby=\"results\"><h2 id=\"results\">Results <span lang=\"zh\">计算结果</span></h2>");
                MetricTable.Render(html, calculation);
                html.Append("</section>");
                WarningList.Render(html, calculation.Warnings);
            }
            else if (result.Request is { } request && result.Report is { } report)
            {
                var s = report.Summary;
                html.Append("<section aria-labelledby=\"results\"><h2 id=\"results\">Verdicts <span lang=\"zh\">核对结论</span></h2><p class=\"summary\" id=\"summary\">")
                    .Append(E($"{report.Checks.Count} checks over {request.Figures.Count} figures: {s["reproduced"]} reproduced, {s["consistent"]} consistent, " +
                        $"{s["discrepant"]} discrepant ({s["material"]} material), {s["unverifiable"]} unverifiable")).Append("</p>");
                VerdictTable.Render(html, request, report);
                html.Append("</section>");
            }
        });
    }

    private static void Pin(StringBuilder html, PinnedResult result)
    {
        var r = result.Revision;
        var (setId, hash) = result.ComputedWith;
        html.Append("<dl id=\"pin\"><dt>Submission / 报送</dt><dd><code>").Append(E(r.SubmissionId)).Append("</code>, ")
            .Append(E($"{SubmissionListPage.Kind(r.Kind)}, period {r.Period}")).Append("</dd><dt>Stored / 存储</dt><dd>")
            .Append(E($"{SubmissionListPage.Stamp(r.CreatedAt)} UTC by {r.CreatedBy}, document hash {r.ContentHash}")).Append("</dd>")
            .Append("<dt>Factor set pinned when stored / 存储时锁定的因子集</dt><dd id=\"pinned-set\">");
        if (r.FactorSetId is null)
        {
            html.Append("none: the document names no set, so it is computed with the shipped default for its period / 未锁定：按期间使用默认因子集");
        }
        else
        {
            html.Append(E(r.FactorSetId)).Append(r.FactorSetVersion is { } v ? " version " + v.ToString(CultureInfo.InvariantCulture) : "")
                .Append(", content hash <code id=\"pinned-hash\">").Append(E(r.FactorSetHash)).Append("</code>");
        }

        html.Append("</dd><dt>Computed with / 本次计算所用</dt><dd id=\"computed-set\">");
        if (setId is null)
        {
            html.Append("no factor set: the printed figures are checked against each other / 无需因子集（仅核对披露数据之间的关系）</dd></dl>");
            return;
        }

        html.Append(E(setId)).Append(", content hash <code id=\"computed-hash\">").Append(E(hash)).Append("</code>");
        if (r.FactorSetHash is not null)
        {
            // The service refuses (409 factor-set-changed) to compute with a set whose hash moved, so equal is the only case shown.
            html.Append(string.Equals(r.FactorSetHash, hash, StringComparison.Ordinal)
                ? " — the pinned set, unchanged: these are the figures the revision gave when it was stored / 与锁定因子集一致，结果可复现"
                : " — differs from the pinned set / 与锁定因子集不同");
        }

        html.Append("</dd></dl>");
    }
}
