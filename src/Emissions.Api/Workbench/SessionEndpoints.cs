using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;

namespace Emissions.Api.Workbench;

/// <summary>
/// GET/POST /submissions/sign-in and POST /submissions/sign-out: an API key, posted in a form with its anti-forgery token,
/// opens a cookie session for its organisation; a wrong, revoked or expired key is told so on the page (401), never a 500.
/// </summary>
internal static class SessionEndpoints
{
    public static void Map(RouteGroupBuilder pages)
    {
        pages.MapGet(SessionDefaults.SignInPath, SignInForm).AllowAnonymous();
        pages.MapPost(SessionDefaults.SignInPath, SignInAsync).AllowAnonymous();
        pages.MapPost(SessionDefaults.SignOutPath, SignOutAsync).RequireAuthorization(SessionDefaults.Policy);
    }

    private static IResult SignInForm(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? ended, string? signedOut)
    {
        var notice = ended == "key" ? "Your session ended: the API key it was opened with has been revoked or has expired. Sign in with a valid key. / 会话已结束：密钥已被吊销或过期。"
            : signedOut == "1" ? "Signed out. / 已退出。"
            : null;
        return Pages.Html(SignInPage.Render(SessionBar.AntiforgeryField(antiforgery, context), Local(returnUrl), null, notice));
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, IEmissionsStore store, CancellationToken cancellationToken)
    {
        await antiforgery.ValidateRequestAsync(context);
        var form = await context.Request.ReadFormAsync(cancellationToken);
        var key = form["key"].ToString().Trim();
        var returnUrl = Local(form["returnUrl"].ToString());
        var record = key.Length == 0 ? null : await store.FindKeyAsync(ApiKeys.Hash(key), cancellationToken);
        var now = (context.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        var why = key.Length == 0 ? "enter your organisation's API key" : record is null ? "the API key is not known" : record.Unusable(now);
        if (why is not null)
        {
            var problem = new ApiProblem(key.Length == 0 ? ProblemKinds.MissingApiKey : ProblemKinds.InvalidApiKey, why, "key",
                record?.KeyPrefix, "a key created with `emissions keys create`, neither revoked nor expired", "form");
            if (!PageNegotiation.WantsHtml(context.Request))
            {
                return ProblemResults.From(problem, context);
            }

            return Pages.Html(SignInPage.Render(SessionBar.AntiforgeryField(antiforgery, context), returnUrl, $"Not signed in: {why}. / 未登录：密钥无效、已吊销或已过期。", null),
                StatusCodes.Status401Unauthorized);
        }

        await store.TouchKeyAsync(record!.KeyHash, now, cancellationToken);
        var expires = now + SessionDefaults.Lifetime;
        await context.SignInAsync(SessionDefaults.Scheme, SessionRegistration.Principal(record), new AuthenticationProperties
        {
            ExpiresUtc = record.ExpiresAt is { } keyExpires && keyExpires < expires ? keyExpires : expires,
        });
        return Results.Redirect(returnUrl ?? "/submissions", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        await antiforgery.ValidateRequestAsync(context);
        await context.SignOutAsync(SessionDefaults.Scheme);
        return Results.Redirect(SessionDefaults.SignInPath + "?signedOut=1");
    }

    // Only a path on this site (never //host or a scheme): the sign-in form must not send anyone elsewhere.
    private static string? Local(string? url) =>
        url is { Length: > 1 } && url[0] == '/' && url[1] is not '/' and not '\\' && Uri.IsWellFormedUriString(url, UriKind.Relative) ? url : null;
}
