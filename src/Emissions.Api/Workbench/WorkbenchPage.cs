using System.Text;
using System.Text.Encodings.Web;
using Emissions.Contract.Checks;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Api.Workbench;

/// <summary>
/// The workbench page as HTML: labels in English and Chinese, native form controls (reachable by keyboard,
/// announced by screen readers), the verdict table coloured by verdict with each check's plain conclusion,
/// and the working paper one button away. No script and no external resource: it works offline.
/// </summary>
public static class WorkbenchPage
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string Render(IReadOnlyList<string> sets, CheckRequest? request, CheckReport? report, string? requestBase64, string? error = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Emissions workbench — Check a report / 核对报告</title>
            <style>
            body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b}
            h1{font-size:1.6rem}fieldset{border:1px solid #bbb;padding:1rem;margin:0 0 1rem}label{display:block;font-weight:600;margin:.5rem 0 .25rem}
            textarea{width:100%;min-height:8rem;font-family:monospace}button{font-size:1rem;padding:.4rem 1rem;margin-top:.75rem}
            :focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
            th{background:#ddebf7}.reproduced{background:#c6efce}.consistent{background:#e2f0d9}.discrepant{background:#ffeb9c}
            .material{background:#ffc7ce;font-weight:700}.unverifiable,.untested{background:#ededed}.error{background:#ffc7ce;padding:.75rem;border:1px solid #c00}
            .summary{font-size:1.1rem;font-weight:600}
            </style></head><body>
            <main>
            <h1>Check a report <span lang="zh">核对报告</span></h1>
            <p>Upload the figures as a workbook or CSV, or paste a table copied from Excel (a header row such as
            <code>id | metric | label | value | unit</code> or <code>编号 | 指标 | 项目 | 数值 | 单位</code>).
            <span lang="zh">上传工作簿或 CSV，或粘贴从 Excel 复制的表格。</span></p>
            """);
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"error\">").Append(Encoder.Encode(error)).Append("</p>");
        }

        html.Append("""
            <form method="post" action="/workbench/check" enctype="multipart/form-data">
            <fieldset><legend>Figures <span lang="zh">披露数据</span></legend>
            <label for="file">Workbook or CSV / 工作簿或 CSV</label><input id="file" name="file" type="file" accept=".xlsx,.csv">
            <label for="paste">…or paste a table / 或粘贴表格</label><textarea id="paste" name="paste"></textarea>
            </fieldset>
            <fieldset><legend>Options <span lang="zh">选项</span></legend>
            <label for="factorSet">Factor set / 因子集</label><select id="factorSet" name="factorSet"><option value="">as the workbook says / 按工作簿</option>
            """);
        foreach (var set in sets)
        {
            var selected = request?.Options.FactorSet == set ? " selected" : "";
            html.Append("<option").Append(selected).Append(" value=\"").Append(Encoder.Encode(set)).Append("\">").Append(Encoder.Encode(set)).Append("</option>");
        }

        html.Append("""
            </select>
            <label for="materiality">Materiality / 重要性</label><input id="materiality" name="materiality" value="5%" size="6">
            </fieldset>
            <button type="submit" id="check">Check / 核对</button>
            </form>
            """);
        if (request is not null && report is not null)
        {
            Results(html, request, report, requestBase64);
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Results(StringBuilder html, CheckRequest request, CheckReport report, string? requestBase64)
    {
        var s = report.Summary;
        html.Append("<section aria-labelledby=\"results\"><h2 id=\"results\">Verdicts <span lang=\"zh\">核对结论</span></h2>");
        html.Append("<p class=\"summary\" id=\"summary\">").Append(Encoder.Encode(
            $"{report.Checks.Count} checks over {request.Figures.Count} figures: {s["reproduced"]} reproduced, {s["consistent"]} consistent, " +
            $"{s["discrepant"]} discrepant ({s["material"]} material), {s["unverifiable"]} unverifiable")).Append("</p>");
        if (requestBase64 is not null)
        {
            html.Append("<form method=\"post\" action=\"/workbench/paper\"><input type=\"hidden\" name=\"request\" value=\"")
                .Append(requestBase64).Append("\"><button type=\"submit\" id=\"paper\">Download the working paper / 下载底稿 (.xlsx)</button></form>");
        }

        html.Append("<table id=\"verdicts\"><caption>Every figure and the conclusion drawn / 每项数据及结论</caption><thead><tr>")
            .Append("<th scope=\"col\">Figure / 数据</th><th scope=\"col\">Label as printed / 项目</th><th scope=\"col\">Printed / 披露值</th>")
            .Append("<th scope=\"col\">Verdict / 判定</th><th scope=\"col\">Conclusion / 结论</th><th scope=\"col\">Implied values / 隐含值</th></tr></thead><tbody>");
        foreach (var figure in request.Figures)
        {
            var checks = report.Checks.Where(c => c.Metric == figure.Key).ToList();
            var verdict = checks.Count == 0 ? "not tested" : checks.Max(c => c.Verdict).Name();
            var css = checks.Any(c => c.Material) ? "material" : checks.Count == 0 ? "untested" : verdict;
            var implied = string.Join("; ", checks.SelectMany(c => c.Implied).Select(i => $"{i.Name} = {CheckReportJson.Number(i.Value)} {i.Unit}".TrimEnd()));
            html.Append("<tr data-figure=\"").Append(Encoder.Encode(figure.Key)).Append("\"><th scope=\"row\">").Append(Encoder.Encode(figure.Key)).Append("</th><td>")
                .Append(Encoder.Encode(figure.Label ?? "")).Append("</td><td>")
                .Append(Encoder.Encode($"{figure.Printed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {figure.Printed.Unit.Symbol}".Trim())).Append("</td><td class=\"")
                .Append(css).Append("\">").Append(Encoder.Encode(verdict)).Append("</td><td class=\"conclusion\">")
                .Append(Encoder.Encode(WorkingPaper.FigureConclusion(figure, report, request.Options))).Append("</td><td>")
                .Append(Encoder.Encode(implied)).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
