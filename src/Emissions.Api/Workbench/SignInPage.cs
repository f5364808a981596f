using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>Sign in to the Submissions pages with an organisation's API key (a form post; the session is a cookie, the key is not kept).</summary>
internal static class SignInPage
{
    public static string Render(string antiforgeryField, string? returnUrl, string? error, string? notice)
    {
        return Page("/submissions", "Sign in", "登录", html =>
        {
            html.Append("""
                <p>Your organisation's stored submissions, their revisions and results are behind its API key (created with
                <code>emissions keys create --org ORG --role auditor</code>). The key opens a session in this browser; it is not stored.
                <span lang="zh">使用本机构的 API 密钥登录，查看已报送的数据、修订版本及结果。密钥不会被保存。</span></p>
                """);
            if (notice is not null)
            {
                html.Append("<p class=\"summary\" role=\"status\" id=\"notice\">").Append(E(notice)).Append("</p>");
            }

            Error(html, error);
            html.Append("<form method=\"post\" action=\"").Append(SessionDefaults.SignInPath).Append("\">").Append(antiforgeryField);
            if (returnUrl is not null)
            {
                html.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(E(returnUrl)).Append("\">");
            }

            html.Append("<fieldset><legend>API key <span lang=\"zh\">API 密钥</span></legend>")
                .Append("<label for=\"key\">Key / 密钥</label><input id=\"key\" name=\"key\" type=\"password\" autocomplete=\"off\" size=\"56\" required")
                .Append(error is null ? "" : " aria-invalid=\"true\" aria-describedby=\"error\"").Append(" autofocus>")
                .Append("</fieldset><button type=\"submit\" id=\"sign-in\">Sign in / 登录</button></form>");
        });
    }
}
