using System.Globalization;
using Emissions.Api.Auth;
using Emissions.Storage;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>The signed-in organisation's submissions (the latest revision of each, in the order they were stored), with their pinned factor sets.</summary>
internal static class SubmissionListPage
{
    public static string Render(Caller caller, string antiforgeryField, IReadOnlyList<SubmissionRevision> rows, string? next)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Page("/submissions", "Submissions", "报送记录", html =>
        {
            SessionBar.Render(html, caller, antiforgeryField);
            html.Append("<p>Each submission keeps every revision; nothing is overwritten. Results are recomputed with the factor set pinned, by content hash, ")
                .Append("when the revision was stored. <a href=\"/submissions/series\" id=\"series-link\">Series by year / 年度趋势</a> charts PUE and the intensities ")
                .Append("across reporting years. <span lang=\"zh\">每次修订均保留；结果按存储时锁定的因子集（内容哈希）重新计算。</span></p>");
            if (rows.Count == 0)
            {
                html.Append("<p id=\"empty\">No submissions yet: store one with <code>POST /v1/submissions</code>. <span lang=\"zh\">尚无报送记录。</span></p>");
                return;
            }

            html.Append("<table id=\"submissions\"><caption>Submissions / 报送记录</caption><thead><tr><th scope=\"col\">Submission / 报送</th><th scope=\"col\">Kind / 类型</th>")
                .Append("<th scope=\"col\">Period / 期间</th><th scope=\"col\" class=\"num\">Revisions / 修订</th><th scope=\"col\">Factor set / 因子集</th>")
                .Append("<th scope=\"col\">Stored (UTC) / 存储时间</th><th scope=\"col\">By / 提交者</th></tr></thead><tbody>");
            foreach (var row in rows)
            {
                html.Append("<tr data-submission=\"").Append(E(row.SubmissionId)).Append("\"><th scope=\"row\"><a href=\"/submissions/").Append(E(row.SubmissionId)).Append("\"><code>")
                    .Append(E(row.SubmissionId)).Append("</code></a></th><td>").Append(E(Kind(row.Kind))).Append("</td><td>").Append(E(row.Period)).Append("</td><td class=\"num\">")
                    .Append(row.Revision.ToString(CultureInfo.InvariantCulture)).Append("</td><td>");
                FactorSet(html, row);
                html.Append("</td><td>").Append(E(Stamp(row.CreatedAt))).Append("</td><td><code>").Append(E(row.CreatedBy)).Append("</code></td></tr>");
            }

            html.Append("</tbody></table>");
            if (next is not null)
            {
                html.Append("<p><a href=\"/submissions?after=").Append(E(next)).Append("\" id=\"next\">Next page / 下一页</a></p>");
            }
        });
    }

    public static string Kind(string kind) => kind == Submissions.SubmissionKinds.Inputs ? "inputs / 活动数据" : "report / 披露报告";

    public static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The pinned set: id (custom version), and the first 12 hex digits of its content hash with the whole hash on hover.</summary>
    public static void FactorSet(System.Text.StringBuilder html, SubmissionRevision row)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(row);
        if (row.FactorSetId is null || row.FactorSetHash is null)
        {
            html.Append("default for the period / 按期间默认");
            return;
        }

        html.Append(E(row.FactorSetId)).Append(row.FactorSetVersion is { } v ? " v" + v.ToString(CultureInfo.InvariantCulture) : "")
            .Append(" <code title=\"").Append(E(row.FactorSetHash)).Append("\">").Append(E(row.FactorSetHash[..Math.Min(12, row.FactorSetHash.Length)])).Append("…</code>");
    }
}
