using System.Globalization;
using System.Text;
using Emissions.Api.Auth;
using Emissions.Api.Submissions;
using Emissions.Metrics;
using Emissions.Quantities;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// Two revisions side by side: the factor sets they pinned, every input that changed (by JSON path), and every metric that
/// changed with its exact difference and relative change — or, for a report, every printed figure or verdict that changed.
/// </summary>
internal static class RevisionDiffPage
{
    public static string Render(Caller caller, string antiforgeryField, PinnedResult from, PinnedResult to, IReadOnlyList<InputChange> inputs)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(inputs);
        var a = from.Revision.Revision.ToString(CultureInfo.InvariantCulture);
        var b = to.Revision.Revision.ToString(CultureInfo.InvariantCulture);
        return Page("/submissions", $"Revision {a} against revision {b}", $"第 {a} 版与第 {b} 版对比", html =>
        {
            SessionBar.Render(html, caller, antiforgeryField);
            html.Append("<p><a href=\"/submissions/").Append(E(to.Revision.SubmissionId)).Append("\">Revisions of this submission / 本报送的修订版本</a></p>");
            Sets(html, from, to, a, b);
            Inputs(html, inputs, a, b);
            if (from.Calculation is not null && to.Calculation is not null)
            {
                Metrics(html, RevisionComparison.Metrics(from.Calculation, to.Calculation), a, b);
            }
            else if (from is { Request: { } fq, Report: { } fr } && to is { Request: { } tq, Report: { } tr })
            {
                Figures(html, RevisionComparison.Figures(fq, fr, tq, tr), a, b);
            }
        });
    }

    private static void Sets(StringBuilder html, PinnedResult from, PinnedResult to, string a, string b)
    {
        string Set(PinnedResult r) => r.ComputedWith is (null, _) ? "none / 无" : $"{r.ComputedWith.Id} ({r.ComputedWith.Hash})";
        var same = string.Equals(Set(from), Set(to), StringComparison.Ordinal);
        html.Append("<table id=\"sets\"><caption>Factor sets the results were computed with / 计算所用因子集</caption><thead><tr><th scope=\"col\"></th>")
            .Append("<th scope=\"col\">Revision ").Append(a).Append(" / 第 ").Append(a).Append(" 版</th><th scope=\"col\">Revision ").Append(b).Append(" / 第 ").Append(b)
            .Append(" 版</th></tr></thead><tbody><tr").Append(same ? "" : " class=\"discrepant\"").Append("><th scope=\"row\">Factor set (content hash) / 因子集（内容哈希）</th><td><code>")
            .Append(E(Set(from))).Append("</code></td><td><code>").Append(E(Set(to))).Append("</code></td></tr></tbody></table>");
        if (!same)
        {
            html.Append("<p class=\"warning\" id=\"set-changed\">The two revisions were computed with different factor sets: part of any change below comes from the factors. ")
                .Append("<span lang=\"zh\">两个版本所用因子集不同，下列变化部分来自因子。</span></p>");
        }
    }

    private static void Inputs(StringBuilder html, IReadOnlyList<InputChange> inputs, string a, string b)
    {
        html.Append("<h2 id=\"inputs-heading\">Inputs that changed <span lang=\"zh\">输入变化</span></h2>");
        if (inputs.Count == 0)
        {
            html.Append("<p id=\"inputs-none\">The two documents are identical. <span lang=\"zh\">两个版本的文档相同。</span></p>");
            return;
        }

        html.Append("<table id=\"inputs\"><caption>").Append(inputs.Count).Append(" input value(s) changed / 项输入变化</caption><thead><tr><th scope=\"col\">Input (JSON path) / 输入</th>")
            .Append("<th scope=\"col\">Revision ").Append(a).Append("</th><th scope=\"col\">Revision ").Append(b).Append("</th><th scope=\"col\">Change / 变化</th></tr></thead><tbody>");
        foreach (var change in inputs)
        {
            html.Append("<tr data-input=\"").Append(E(change.Path)).Append("\"><th scope=\"row\"><code>").Append(E(change.Path)).Append("</code></th><td>")
                .Append(E(change.From ?? "—")).Append("</td><td>").Append(E(change.To ?? "—")).Append("</td><td>").Append(E(change.What switch
                {
                    "added" => "added / 新增",
                    "removed" => "removed / 删除",
                    _ => "changed / 修改",
                })).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Metrics(StringBuilder html, IReadOnlyList<MetricChange> metrics, string a, string b)
    {
        var changed = metrics.Where(m => m.Changed).ToList();
        html.Append("<h2 id=\"metrics-heading\">Metrics that changed <span lang=\"zh\">指标变化</span></h2><p class=\"summary\" id=\"metrics-summary\">")
            .Append(E($"{changed.Count} of {metrics.Count} metrics changed; {metrics.Count - changed.Count} are the same in both revisions")).Append("</p>");
        if (changed.Count == 0)
        {
            return;
        }

        html.Append("<table id=\"metric-changes\" class=\"diff\"><caption>Exact values; the change is revision ").Append(b).Append(" minus revision ").Append(a)
            .Append(", the relative change is rounded to 0.001 % / 精确数值</caption><thead><tr><th scope=\"col\">Metric / 指标</th>")
            .Append("<th scope=\"col\">Unit / 单位</th><th scope=\"col\" class=\"num\">Revision ").Append(a).Append("</th><th scope=\"col\" class=\"num\">Revision ").Append(b)
            .Append("</th><th scope=\"col\" class=\"num\">Change / 变化</th><th scope=\"col\" class=\"num\">Change % / 变化率</th></tr></thead><tbody>");
        foreach (var metric in changed)
        {
            var name = MetricCatalog.TryFind(metric.Id, out var definition) ? $"{definition.NameEn} / {definition.NameZhHans}" : "";
            html.Append("<tr data-metric=\"").Append(E(metric.Field)).Append("\"><th scope=\"row\">").Append(E(metric.Field)).Append("<span class=\"name\">").Append(E(name))
                .Append("</span></th><td>").Append(E(metric.Unit)).Append("</td><td class=\"num from\">").Append(E(Exact(metric.From))).Append("</td><td class=\"num to\">")
                .Append(E(Exact(metric.To))).Append("</td><td class=\"num change\">").Append(E(Signed(metric.Change))).Append("</td><td class=\"num percent\">")
                .Append(E(metric.Percent is { } p ? Signed(Math.Round(p, 3, MidpointRounding.AwayFromZero)) + " %" : "—")).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Figures(StringBuilder html, IReadOnlyList<FigureChange> figures, string a, string b)
    {
        var changed = figures.Where(f => f.Changed).ToList();
        html.Append("<h2 id=\"figures-heading\">Figures and verdicts that changed <span lang=\"zh\">披露数据与结论变化</span></h2><p class=\"summary\" id=\"figures-summary\">")
            .Append(E($"{changed.Count} of {figures.Count} figures changed (as printed, or in their verdicts)")).Append("</p>");
        if (changed.Count == 0)
        {
            return;
        }

        html.Append("<table id=\"figure-changes\"><caption>Printed figures and verdicts / 披露数据与核对结论</caption><thead><tr><th scope=\"col\">Figure / 数据</th>")
            .Append("<th scope=\"col\">Printed, revision ").Append(a).Append("</th><th scope=\"col\">Printed, revision ").Append(b).Append("</th><th scope=\"col\">Verdicts, revision ")
            .Append(a).Append("</th><th scope=\"col\">Verdicts, revision ").Append(b).Append("</th></tr></thead><tbody>");
        foreach (var figure in changed)
        {
            html.Append("<tr data-figure=\"").Append(E(figure.Figure)).Append("\"><th scope=\"row\">").Append(E(figure.Label is null ? figure.Figure : $"{figure.Figure} ({figure.Label})"))
                .Append("</th><td class=\"from\">").Append(E(figure.PrintedFrom ?? "—")).Append("</td><td class=\"to\">").Append(E(figure.PrintedTo ?? "—"))
                .Append("</td><td>").Append(E(figure.VerdictsFrom ?? "—")).Append("</td><td>").Append(E(figure.VerdictsTo ?? "—")).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static string Exact(decimal? value) => value is { } v ? DecimalText.Exact(v) : "—";

    private static string Signed(decimal? value) => value switch
    {
        null => "—",
        > 0m => "+" + DecimalText.Exact(value.Value),
        _ => DecimalText.Exact(value.Value),
    };
}
