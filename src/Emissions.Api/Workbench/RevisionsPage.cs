using System.Globalization;
using Emissions.Api.Auth;
using Emissions.Storage;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>One submission's revisions, oldest first, each linked to its pinned results; a form (GET) compares any two.</summary>
internal static class RevisionsPage
{
    public static string Render(Caller caller, string antiforgeryField, IReadOnlyList<SubmissionRevision> revisions)
    {
        ArgumentNullException.ThrowIfNull(revisions);
        var latest = revisions[^1];
        return Page("/submissions", "Revisions", "修订版本", html =>
        {
            SessionBar.Render(html, caller, antiforgeryField);
            html.Append("<p><a href=\"/submissions\">All submissions / 全部报送</a></p><p class=\"summary\" id=\"summary\">")
                .Append(E($"Submission {latest.SubmissionId}: {SubmissionListPage.Kind(latest.Kind)}, period {latest.Period}, {revisions.Count} revision(s)")).Append("</p>");
            html.Append("<table id=\"revisions\"><caption>Revisions / 修订版本</caption><thead><tr><th scope=\"col\" class=\"num\">Revision / 修订</th>")
                .Append("<th scope=\"col\">Stored (UTC) / 存储时间</th><th scope=\"col\">By / 提交者</th><th scope=\"col\">Factor set / 因子集</th>")
                .Append("<th scope=\"col\">Document hash / 文档哈希</th><th scope=\"col\">Results / 结果</th></tr></thead><tbody>");
            foreach (var revision in revisions)
            {
                var n = revision.Revision.ToString(CultureInfo.InvariantCulture);
                html.Append("<tr data-revision=\"").Append(n).Append("\"><th scope=\"row\" class=\"num\">").Append(n).Append("</th><td>")
                    .Append(E(SubmissionListPage.Stamp(revision.CreatedAt))).Append("</td><td><code>").Append(E(revision.CreatedBy)).Append("</code></td><td>");
                SubmissionListPage.FactorSet(html, revision);
                html.Append("</td><td><code title=\"").Append(E(revision.ContentHash)).Append("\">").Append(E(revision.ContentHash[..Math.Min(12, revision.ContentHash.Length)]))
                    .Append("…</code></td><td><a href=\"/submissions/").Append(E(revision.SubmissionId)).Append("/revisions/").Append(n).Append("\">Results of revision ")
                    .Append(n).Append(" / 第 ").Append(n).Append(" 版结果</a></td></tr>");
            }

            html.Append("</tbody></table>");
            if (revisions.Count < 2)
            {
                html.Append("<p>One revision: nothing to compare yet. <span lang=\"zh\">仅一个版本，暂无可比较内容。</span></p>");
                return;
            }

            html.Append("<form method=\"get\" action=\"/submissions/").Append(E(latest.SubmissionId)).Append("/diff\"><fieldset><legend>Compare two revisions <span lang=\"zh\">比较两个版本</span></legend>");
            Choice(html, "from", "From revision / 自版本", revisions, revisions[^2].Revision);
            Choice(html, "to", "To revision / 至版本", revisions, latest.Revision);
            html.Append("</fieldset><button type=\"submit\" id=\"compare\">Compare / 比较</button></form>");
        });
    }

    private static void Choice(System.Text.StringBuilder html, string name, string label, IReadOnlyList<SubmissionRevision> revisions, int selected)
    {
        html.Append("<label for=\"").Append(name).Append("\">").Append(E(label)).Append("</label><select id=\"").Append(name).Append("\" name=\"").Append(name).Append("\">");
        foreach (var revision in revisions)
        {
            var n = revision.Revision.ToString(CultureInfo.InvariantCulture);
            html.Append("<option value=\"").Append(n).Append('"').Append(revision.Revision == selected ? " selected" : "").Append('>').Append(n).Append(" — ")
                .Append(E(SubmissionListPage.Stamp(revision.CreatedAt))).Append("</option>");
        }

        html.Append("</select>");
    }
}
