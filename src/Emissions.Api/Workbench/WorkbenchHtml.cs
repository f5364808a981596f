using System.Text;
using System.Text.Encodings.Web;

namespace Emissions.Api.Workbench;

/// <summary>
/// What every workbench page shares: HTML encoding (every value goes through it), the stylesheet (inline: no CDN, works
/// offline) and the layout with the navigation between the pages. Labels are in English and Chinese.
/// </summary>
internal static class WorkbenchHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    private const string Style = """
        body{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;margin:1rem auto 2rem;max-width:72rem;padding:0 1rem;color:#1b1b1b}
        nav ul{list-style:none;display:flex;gap:1rem;padding:0;margin:0 0 1rem;border-bottom:1px solid #ccc}nav a{display:inline-block;padding:.4rem .6rem;color:#1f3f7f}
        nav a[aria-current=page]{font-weight:700;border-bottom:3px solid #1f5fbf}
        h1{font-size:1.6rem}fieldset{border:1px solid #bbb;padding:1rem;margin:0 0 1rem}label{display:block;font-weight:600;margin:.5rem 0 .25rem}
        textarea{width:100%;min-height:8rem;font-family:monospace}button{font-size:1rem;padding:.4rem 1rem;margin:.75rem .5rem 0 0}
        :focus-visible{outline:3px solid #1f5fbf;outline-offset:2px}
        table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#ddebf7}th[scope=row],td{overflow-wrap:anywhere}.num,td.reproduced,td.consistent,td.discrepant,td.material,td.unverifiable{white-space:nowrap}.reproduced{background:#c6efce}.consistent{background:#e2f0d9}.discrepant{background:#ffeb9c}
        .material{background:#ffc7ce;font-weight:700}.unverifiable,.untested{background:#ededed}.error{background:#ffc7ce;padding:.75rem;border:1px solid #c00}
        .important{background:#ffc7ce}.warning{background:#ffeb9c}.note{background:#ededed}
        .summary{font-size:1.1rem;font-weight:600}.num{text-align:right;font-variant-numeric:tabular-nums}details summary{cursor:pointer;color:#1f3f7f}
        a.button{display:inline-block;font-size:1rem;padding:.4rem 1rem;border:1px solid #1f5fbf;border-radius:3px;color:#1f3f7f;text-decoration:none}
        form.session{display:flex;gap:1rem;align-items:center;justify-content:flex-end}form.session button{margin:0}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
        .series{display:inline-block;vertical-align:top;margin:1rem 1rem 1rem 0;max-width:34rem}.series table{font-size:.9rem}
        table.diff td.num{white-space:normal;overflow-wrap:anywhere;min-width:7rem}table.diff th .name{display:block;font-weight:400;font-size:.85rem}
        figure{margin:1rem 0}figcaption{font-weight:600}svg text{font-size:12px;font-family:inherit}
        """;

    /// <summary>A whole page: head, navigation (the current page marked), the page's heading and its body.</summary>
    public static string Page(string path, string english, string chinese, Action<StringBuilder> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Emissions workbench — ").Append(E(english)).Append(" / ").Append(E(chinese)).Append("</title><style>").Append(Style)
            .Append("</style></head><body><nav aria-label=\"Workbench\"><ul>");
        foreach (var (href, en, zh) in new[] { ("/", "Check a report", "核对报告"), ("/calculate", "Calculate", "计算"), ("/submissions", "Submissions", "报送记录") })
        {
            html.Append("<li><a href=\"").Append(href).Append('"').Append(href == path ? " aria-current=\"page\"" : "").Append('>')
                .Append(E(en)).Append(" <span lang=\"zh\">").Append(E(zh)).Append("</span></a></li>");
        }

        html.Append("</ul></nav><main><h1>").Append(E(english)).Append(" <span lang=\"zh\">").Append(E(chinese)).Append("</span></h1>");
        body(html);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    public static void Error(StringBuilder html, string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"error\">").Append(E(error)).Append("</p>");
        }
    }

    /// <summary>A factor-set drop-down, the first option leaving the choice to the input.</summary>
    public static void FactorSets(StringBuilder html, IReadOnlyList<string> sets, string? selected, string firstOption)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(sets);
        html.Append("<label for=\"factorSet\">Factor set / 因子集</label><select id=\"factorSet\" name=\"factorSet\"><option value=\"\">").Append(E(firstOption)).Append("</option>");
        foreach (var set in sets)
        {
            html.Append("<option").Append(selected == set ? " selected" : "").Append(" value=\"").Append(E(set)).Append("\">").Append(E(set)).Append("</option>");
        }

        html.Append("</select>");
    }
}
