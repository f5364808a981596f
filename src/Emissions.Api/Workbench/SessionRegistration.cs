using System.Security.Claims;
using Emissions.Api.Auth;
using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Emissions.Api.Workbench;

/// <summary>
/// The Submissions pages' session: ASP.NET Core cookie authentication beside the API-key scheme (which stays the default,
/// so /v1 never reads the cookie). The cookie is HttpOnly, SameSite=Strict and Secure on HTTPS; it expires after
/// <see cref="SessionDefaults.Lifetime"/> without use, and every request checks that the key it was opened with is still
/// usable, so revoking a key ends its sessions at once. Forms carry ASP.NET Core anti-forgery tokens.
/// </summary>
internal static class SessionRegistration
{
    public static IServiceCollection AddWorkbenchSession(this IServiceCollection services, IConfiguration configuration)
    {
        // Cookies are sealed with the data-protection key ring: replicas behind one address need one shared directory.
        if (configuration["DataProtection:KeysDirectory"] is { Length: > 0 } keys)
        {
            services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(keys)).SetApplicationName("emissions");
        }

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = SessionDefaults.AntiforgeryCookieName;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthentication().AddCookie(SessionDefaults.Scheme, cookie =>
        {
            cookie.Cookie.Name = SessionDefaults.CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = SessionDefaults.SignInPath;
            cookie.LogoutPath = SessionDefaults.SignOutPath;
            cookie.ReturnUrlParameter = "returnUrl";
            cookie.ExpireTimeSpan = SessionDefaults.Lifetime;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateKeyAsync;
            cookie.Events.OnRedirectToLogin = ChallengeAsync;
            cookie.Events.OnRedirectToAccessDenied = ChallengeAsync;
        });
        services.AddAuthorizationBuilder().AddPolicy(SessionDefaults.Policy, policy =>
            policy.AddAuthenticationSchemes(SessionDefaults.Scheme).RequireAuthenticatedUser());
        return services;
    }

    /// <summary>The claims of a session opened with <paramref name="key"/>: the same organisation, role and prefix claims as the API-key scheme.</summary>
    public static ClaimsPrincipal Principal(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ApiKeyDefaults.OrganizationClaim, key.OrganizationId),
                new Claim(ClaimTypes.Role, ApiKeys.ToWire(key.Role)),
                new Claim(ApiKeyDefaults.KeyPrefixClaim, key.KeyPrefix),
                new Claim(ClaimTypes.Name, key.KeyPrefix),
                new Claim(SessionDefaults.KeyHashClaim, key.KeyHash),
            ],
            SessionDefaults.Scheme));
    }

    private static async Task ValidateKeyAsync(CookieValidatePrincipalContext context)
    {
        var hash = context.Principal?.FindFirst(SessionDefaults.KeyHashClaim)?.Value;
        var store = context.HttpContext.RequestServices.GetRequiredService<IEmissionsStore>();
        var key = hash is null ? null : await store.FindKeyAsync(hash, context.HttpContext.RequestAborted);
        if (key is null || key.Unusable(context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow) is not null)
        {
            context.RejectPrincipal();
            context.HttpContext.Items[SessionDefaults.EndedItem] = true;
            await context.HttpContext.SignOutAsync(SessionDefaults.Scheme);
        }
    }

    // A browser is sent to the sign-in page (told when its key ended the session); any other client gets a 401 problem.
    private static async Task ChallengeAsync(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (!PageNegotiation.WantsHtml(context.Request))
        {
            var problem = new ApiProblem(ProblemKinds.MissingApiKey, $"this page needs a signed-in session; sign in at {SessionDefaults.SignInPath} with an API key",
                "Cookie", null, $"the {SessionDefaults.CookieName} cookie the sign-in form sets", "header");
            await ProblemResults.From(problem, context.HttpContext).ExecuteAsync(context.HttpContext);
            return;
        }

        var target = context.RedirectUri;
        if (context.HttpContext.Items.ContainsKey(SessionDefaults.EndedItem))
        {
            target += (target.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "ended=key";
        }

        context.Response.Redirect(target);
    }
}
