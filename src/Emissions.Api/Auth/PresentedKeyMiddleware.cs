using Microsoft.AspNetCore.Authentication;

namespace Emissions.Api.Auth;

/// <summary>
/// A key that is presented must be valid on every endpoint, public ones included: a wrong, revoked or
/// malformed key is refused with the scheme's 401 (or 400 for two different keys) rather than treated as no
/// key, so that a client with a broken key learns it on its first request.
/// </summary>
public static class PresentedKeyMiddleware
{
    public static IApplicationBuilder UsePresentedKeyCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var result = await context.AuthenticateAsync(ApiKeyDefaults.Scheme);
        if (result.Failure is not null)
        {
            await context.ChallengeAsync(ApiKeyDefaults.Scheme);
            return;
        }

        await next(context);
    });
}
