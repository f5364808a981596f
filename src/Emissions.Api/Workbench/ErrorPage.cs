using Emissions.Api.Problems;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>
/// What a browser sees when a page route fails: the problem in plain words (what was wrong, which field, what was expected)
/// with the request id an operator finds in the logs, and the way back. API clients get the same problem as RFC 9457 JSON.
/// </summary>
internal static class ErrorPage
{
    public static string Render(ApiProblem problem, string? requestId)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var server = problem.Kind.Status >= 500;
        return Page("", server ? "The service failed" : "This request could not be used", server ? "服务出错" : "请求无法使用", html =>
        {
            Error(html, problem.Detail ?? problem.Kind.Title);
            html.Append("<dl id=\"problem\"><dt>What / 问题</dt><dd>").Append(E(problem.Kind.Title)).Append("</dd>");
            if (problem.Field is not null)
            {
                html.Append("<dt>Field / 字段</dt><dd><code>").Append(E(problem.Field)).Append("</code></dd>");
            }

            if (problem.Expected is not null)
            {
                html.Append("<dt>Expected / 应为</dt><dd>").Append(E(problem.Expected)).Append("</dd>");
            }

            html.Append("<dt>Status / 状态</dt><dd>").Append(problem.Kind.Status).Append("</dd>");
            if (requestId is not null)
            {
                html.Append("<dt>Request id / 请求编号</dt><dd><code>").Append(E(requestId)).Append("</code></dd>");
            }

            html.Append("</dl><p><a href=\"/\">Back to the workbench / 返回工作台</a></p>");
        });
    }
}
