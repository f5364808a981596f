using System.Text;
using Emissions.Calculation;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// The Calculate page: upload the activity workbook (or its CSV, or paste the CSV), optionally pin a factor set, and read every metric
/// with its trace and the warnings grouped by severity; the template and the results workbook are one link away.
/// </summary>
internal static class CalculatePage
{
    public static string Render(IReadOnlyList<string> sets, CalculationResult? result, string? factorSet, string? error = null, bool uncertainty = false)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return Page("/calculate", "Calculate", "计算", html =>
        {
            html.Append("<p>Fill the <a href=\"/v1/calculations/template\" id=\"template\">activity workbook template</a> (one sheet per input kind, ")
                .Append("drop-down lists for fuels, regions and factor sets), then upload it. <span lang=\"zh\">下载活动数据模板，填写后上传。</span></p>");
            Error(html, error);
            html.Append("<form method=\"post\" action=\"/workbench/calculate\" enctype=\"multipart/form-data\"><fieldset><legend>Activity data <span lang=\"zh\">活动数据</span></legend>")
                .Append("<label for=\"inventory\">Activity workbook or CSV / 活动数据工作簿或 CSV</label><input id=\"inventory\" name=\"file\" type=\"file\" accept=\".xlsx,.csv\">")
                .Append("<label for=\"table\">…or paste activity lines (CSV with a kind column) / 或粘贴活动数据（含 kind 列的 CSV）</label>")
                .Append("<textarea id=\"table\" name=\"table\" placeholder=\"kind,fuel,amount,unit,region&#10;period,,2020,,&#10;fuel,diesel,892.32,t,\"></textarea>");
            FactorSets(html, sets, factorSet, "as the workbook says / 按工作簿");
            html.Append("<label><input type=\"checkbox\" id=\"uncertainty\" name=\"uncertainty\" value=\"ipcc\"").Append(uncertainty ? " checked" : "")
                .Append("> 95 % intervals: factors at their published range (IPCC 2006), else ±5 % / 95% 区间（因子按公布的不确定性范围）</label>");
            html.Append("</fieldset><button type=\"submit\" id=\"calculate\">Calculate / 计算</button></form>");
            if (result is not null)
            {
                Results(html, result);
            }
        });
    }

    private static void Results(StringBuilder html, CalculationResult result)
    {
        html.Append("<section aria-labelledby=\"results\"><h2 id=\"results\">Results <span lang=\"zh\">计算结果</span></h2><p class=\"summary\" id=\"summary\">")
            .Append(E($"{result.Metrics.Count} metrics with factor set {result.FactorSetId} (content hash {result.ContentHash[..Math.Min(12, result.ContentHash.Length)]}…), {result.Warnings.Count} warnings"))
            .Append("</p>");
        MetricTable.Render(html, result);
        if (result.Uncertainty is { } u)
        {
            html.Append("<p id=\"uncertainty-sources\">").Append(E($"95 % intervals from {u.Draws:N0} Monte Carlo draws (seed {u.Seed}) and first-order propagation (GHG Protocol tool, IPCC Approach 1). Sources: "
                + string.Join("; ", u.Sources.Select(s => $"{s.Name}: {s.Basis}")))).Append("</p>");
        }

        html.Append("</section>");
        WarningList.Render(html, result.Warnings);
    }
}
