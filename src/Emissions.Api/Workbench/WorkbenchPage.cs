using System.Text;
using Emissions.Spreadsheets;
using Emissions.Verification;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// The Check page: upload or paste the figures, preview how each column was read, pick factor set and materiality, and
/// read the verdicts (<see cref="VerdictTable"/>), the deviation chart (<see cref="DeviationChart"/>) and the working
/// paper one button away. Native form controls only: reachable by keyboard, no script, works offline.
/// </summary>
internal static class WorkbenchPage
{
    public static string Render(IReadOnlyList<string> sets, CheckRequest? request, CheckReport? report, string? paperKey, string? error = null,
        SpreadsheetReading? preview = null, string? pasted = null, string? materiality = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return Page("/", "Check a report", "核对报告", html =>
        {
            html.Append("""
                <p>Upload the figures as a workbook or CSV, or paste a table copied from Excel or a PDF (a header row such as
                <code>id | metric | label | value | unit</code> or <code>编号 | 指标 | 项目 | 数值 | 单位</code>); <em>Preview</em> shows how
                each column was read before anything is checked.
                <span lang="zh">上传工作簿或 CSV，或粘贴从 Excel 或 PDF 复制的表格；“预览”显示各列如何读取。</span></p>
                """);
            Error(html, error);
            html.Append("""
                <form method="post" action="/workbench/check" enctype="multipart/form-data">
                <fieldset><legend>Figures <span lang="zh">披露数据</span></legend>
                <label for="file">Workbook or CSV / 工作簿或 CSV</label><input id="file" name="file" type="file" accept=".xlsx,.csv">
                <label for="paste">…or paste a table / 或粘贴表格</label><textarea id="paste" name="paste">
                """).Append(E(pasted)).Append("""
                </textarea>
                </fieldset>
                <fieldset><legend>Options <span lang="zh">选项</span></legend>
                """);
            FactorSets(html, sets, request?.Options.FactorSet ?? preview?.Request.Options.FactorSet, "as the workbook says / 按工作簿");
            html.Append("<label for=\"materiality\">Materiality / 重要性</label><input id=\"materiality\" name=\"materiality\" value=\"")
                .Append(E(materiality ?? "5%")).Append("\" size=\"6\"></fieldset>")
                .Append("<button type=\"submit\" name=\"action\" value=\"preview\" id=\"preview-button\">Preview / 预览</button>")
                .Append("<button type=\"submit\" name=\"action\" value=\"check\" id=\"check\">Check / 核对</button></form>");
            if (preview is not null)
            {
                ColumnPreview.Render(html, preview);
            }

            if (request is not null && report is not null)
            {
                Results(html, request, report, paperKey);
            }
        });
    }

    private static void Results(StringBuilder html, CheckRequest request, CheckReport report, string? paperKey)
    {
        var s = report.Summary;
        html.Append("<section aria-labelledby=\"results\"><h2 id=\"results\">Verdicts <span lang=\"zh\">核对结论</span></h2>");
        html.Append("<p class=\"summary\" id=\"summary\">").Append(E(
            $"{report.Checks.Count} checks over {request.Figures.Count} figures: {s["reproduced"]} reproduced, {s["consistent"]} consistent, " +
            $"{s["discrepant"]} discrepant ({s["material"]} material), {s["unverifiable"]} unverifiable")).Append("</p>");
        if (paperKey is not null)
        {
            // A plain link: works without script, and the browser saves the file under the name the answer gives.
            html.Append("<p><a class=\"button\" id=\"paper\" href=\"/workbench/papers/").Append(E(paperKey))
                .Append("\">Download the working paper / 下载底稿 (.xlsx)</a></p>");
        }

        VerdictTable.Render(html, request, report);
        DeviationChart.Render(html, report);
        html.Append("</section>");
    }
}
