using System.Text;
using Emissions.Api.Auth;
using Emissions.Storage;
using Microsoft.AspNetCore.Antiforgery;
using static Emissions.Api.Workbench.WorkbenchHtml;

namespace Emissions.Api.Workbench;

/// <summary>Who is signed in (organisation, role, key prefix — never the key) and the sign-out button, on every Submissions page.</summary>
internal static class SessionBar
{
    public static void Render(StringBuilder html, Caller caller, string antiforgeryField)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(caller);
        html.Append("<form method=\"post\" action=\"").Append(SessionDefaults.SignOutPath).Append("\" class=\"session\" id=\"session\">")
            .Append(antiforgeryField).Append("<span>Signed in as / 已登录：<strong id=\"organization\">").Append(E(caller.OrganizationId)).Append("</strong> (")
            .Append(E(ApiKeys.ToWire(caller.Role))).Append(", key ").Append(E(caller.KeyPrefix)).Append("…)</span> ")
            .Append("<button type=\"submit\" id=\"sign-out\">Sign out / 退出</button></form>");
    }

    /// <summary>The hidden anti-forgery field for a form of this page (the token cookie is set with it).</summary>
    public static string AntiforgeryField(IAntiforgery antiforgery, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(antiforgery);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{E(tokens.FormFieldName)}\" value=\"{E(tokens.RequestToken)}\">";
    }
}
