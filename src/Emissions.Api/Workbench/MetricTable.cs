using System.Text;
using Emissions.Calculation;
using Emissions.Metrics;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>Every calculated metric with its name (English and Chinese), exact value and unit; its trace (formula, inputs, factors with source, notes) on demand.</summary>
internal static class MetricTable
{
    public static void Render(StringBuilder html, CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(result);
        var uncertainty = result.Uncertainty;
        html.Append("<table id=\"metrics\"><caption>Every metric with its trace / 每项指标及计算过程</caption><thead><tr><th scope=\"col\">Metric / 指标</th>")
            .Append("<th scope=\"col\">Name / 名称</th><th scope=\"col\">Site / 场所</th><th scope=\"col\" class=\"num\">Value / 数值</th><th scope=\"col\">Unit / 单位</th>")
            .Append(uncertainty is null ? "" : "<th scope=\"col\">95 % interval: Monte Carlo | first order / 95% 区间：蒙特卡洛 | 一阶</th>")
            .Append("<th scope=\"col\">Trace / 计算过程</th></tr></thead><tbody>");
        foreach (var metric in result.Metrics)
        {
            var name = MetricCatalog.TryFind(metric.Id, out var definition) ? $"{definition.NameEn} / {definition.NameZhHans}" : "";
            html.Append("<tr data-metric=\"").Append(E(metric.Field)).Append("\"><th scope=\"row\">").Append(E(metric.Id)).Append("</th><td>").Append(E(name))
                .Append("</td><td>").Append(E(metric.Site)).Append("</td><td class=\"num\">").Append(E(metric.ValueText)).Append("</td><td>")
                .Append(E(metric.Unit.Symbol)).Append("</td><td>");
            if (uncertainty is not null)
            {
                html.Append(uncertainty.Find(metric.Field) is { } mu
                    ? E($"{mu.MonteCarlo} | {mu.Analytic} (±{mu.AnalyticPercent} %)")
                    : "—").Append("</td><td>");
            }

            Trace(html, metric.Trace);
            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Trace(StringBuilder html, Trace trace)
    {
        html.Append("<details><summary>").Append(E(trace.Formula)).Append("</summary><ul>");
        foreach (var input in trace.Inputs)
        {
            html.Append("<li>").Append(E($"{input.Field} = {input.Value} {input.Unit}".TrimEnd())).Append("</li>");
        }

        foreach (var factor in trace.Factors)
        {
            html.Append("<li>factor / 因子 ").Append(E($"{factor.Id} = {factor.Value} {factor.Unit} — {factor.Source}")).Append("</li>");
        }

        foreach (var note in trace.Notes)
        {
            html.Append("<li>").Append(E(note)).Append("</li>");
        }

        html.Append("</ul></details>");
    }
}
