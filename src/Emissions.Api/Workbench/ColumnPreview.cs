using System.Text;
using Emissions.Spreadsheets;
using Emissions.Verification;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// How a pasted or uploaded table was read, before anything is checked: each header with the field it fills and the unit
/// or scale its brackets give the column, then each figure as read (label, metric, value, unit), so a misread column is
/// seen before it becomes a wrong verdict.
/// </summary>
internal static class ColumnPreview
{
    public static void Render(StringBuilder html, SpreadsheetReading reading)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(reading);
        html.Append("<section aria-labelledby=\"preview\"><h2 id=\"preview\">How the table was read <span lang=\"zh\">读取预览</span></h2>")
            .Append("<table id=\"columns\"><caption>Columns / 列</caption><thead><tr><th scope=\"col\">Column / 列</th><th scope=\"col\">Header / 表头</th>")
            .Append("<th scope=\"col\">Read as / 读作</th><th scope=\"col\">Unit or scale / 单位或倍数</th></tr></thead><tbody>");
        foreach (var column in reading.Columns)
        {
            html.Append("<tr data-column=\"").Append(E(column.Column)).Append("\"><td>").Append(E(column.Column)).Append("</td><td>").Append(E(column.Header))
                .Append("</td><td>").Append(E(column.ReadAs?.ToString().ToLowerInvariant() ?? "not read (left out) / 未读取")).Append("</td><td>")
                .Append(E(column.Unit is null ? "" : HeaderNames.IsScaleWord(column.Unit) ? $"scale {column.Unit} × each row's unit" : column.Unit)).Append("</td></tr>");
        }

        html.Append("</tbody></table><table id=\"figures\"><caption>Figures as read / 读取的数据</caption><thead><tr><th scope=\"col\">Figure / 数据</th>")
            .Append("<th scope=\"col\">Label / 项目</th><th scope=\"col\">Metric / 指标</th><th scope=\"col\" class=\"num\">Value / 数值</th><th scope=\"col\">Unit / 单位</th>")
            .Append("<th scope=\"col\">Qualifier / 限定</th></tr></thead><tbody>");
        foreach (var figure in reading.Request.Figures)
        {
            html.Append("<tr data-figure=\"").Append(E(figure.Key)).Append("\"><th scope=\"row\">").Append(E(figure.Key)).Append("</th><td>").Append(E(figure.Label))
                .Append("</td><td>").Append(E(figure.Metric)).Append("</td><td class=\"num\">")
                .Append(E(figure.Printed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))).Append("</td><td>").Append(E(figure.Printed.Unit.Symbol))
                .Append("</td><td>").Append(E(figure.Qualifier == Qualifier.Exact ? "" : figure.Qualifier.Name())).Append("</td></tr>");
        }

        html.Append("</tbody></table></section>");
    }
}
