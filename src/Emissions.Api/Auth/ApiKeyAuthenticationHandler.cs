using System.Security.Claims;
using System.Text.Encodings.Web;
using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Auth;

/// <summary>
/// Reads `Authorization: Bearer &lt;key&gt;` or `X-Api-Key: &lt;key&gt;`, finds the key by its sha256 and
/// turns it into organisation and role claims. No key: anonymous (stateless endpoints may allow it).
/// Challenges and refusals are problem documents like every other error.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IEmissionsStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var (key, problem) = ReadKey(Request);
        if (problem is not null)
        {
            return problem is ConflictingKeysException conflict ? AuthenticateResult.Fail(conflict) : AuthenticateResult.Fail(problem.Message);
        }

        if (key is null)
        {
            return AuthenticateResult.NoResult();
        }

        var record = await store.FindKeyAsync(ApiKeys.Hash(key), Context.RequestAborted);
        if (record is null)
        {
            return AuthenticateResult.Fail("the API key is not known");
        }

        var now = TimeProvider.GetUtcNow();
        if (record.Unusable(now) is { } why)
        {
            return AuthenticateResult.Fail(why);
        }

        // Last use to the minute: one write per key per minute, not one per request.
        if (record.LastUsedAt is not { } used || now - used >= TimeSpan.FromMinutes(1))
        {
            await store.TouchKeyAsync(record.KeyHash, now, Context.RequestAborted);
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ApiKeyDefaults.OrganizationClaim, record.OrganizationId),
                new Claim(ClaimTypes.Role, ApiKeys.ToWire(record.Role)),
                new Claim(ApiKeyDefaults.KeyPrefixClaim, record.KeyPrefix),
                new Claim(ClaimTypes.Name, record.KeyPrefix),
            ],
            ApiKeyDefaults.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyDefaults.Scheme));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        var problem = result.Failure switch
        {
            null => new ApiProblem(ProblemKinds.MissingApiKey, "this endpoint needs an API key", "Authorization", null, "Authorization: Bearer <key> or X-Api-Key: <key>", "header"),
            ConflictingKeysException conflict => new ApiProblem(ProblemKinds.ConflictingApiKeys, conflict.Message, ApiKeyDefaults.HeaderName, null, "one key, in Authorization or X-Api-Key", "header"),
            _ => new ApiProblem(ProblemKinds.InvalidApiKey, result.Failure.Message, "Authorization", null, "a key created with `emissions keys create`", "header"),
        };
        if (result.Failure is not ConflictingKeysException)
        {
            Response.Headers.WWWAuthenticate = "Bearer";
        }

        await ProblemResults.From(problem, Context).ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var caller = Caller.From(Context.User);
        var adminOnly = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ApiKeyDefaults.AdminPolicy) == true;
        var problem = new ApiProblem(ProblemKinds.Forbidden,
            $"a key with role '{(caller is null ? "none" : ApiKeys.ToWire(caller.Role))}' cannot do this",
            "Authorization", null, adminOnly ? "a key with role admin" : "a key with role submitter or admin", "header");
        await ProblemResults.From(problem, Context).ExecuteAsync(Context);
    }

    /// <summary>The key the request presents, or why what it presents is not one key.</summary>
    private static (string? Key, Exception? Problem) ReadKey(HttpRequest request)
    {
        var (headerKey, headerProblem) = ReadHeaderKey(request);
        var (bearerKey, bearerProblem) = ReadBearerKey(request);
        if (headerProblem is not null)
        {
            return (null, new InvalidOperationException(headerProblem));
        }

        // Another scheme in Authorization (Basic from a proxy) beside an X-Api-Key is not a second key.
        if (bearerProblem is not null)
        {
            return headerKey is not null ? (headerKey, null) : (null, new InvalidOperationException(bearerProblem));
        }

        return headerKey is not null && bearerKey is not null && !string.Equals(headerKey, bearerKey, StringComparison.Ordinal)
            ? (null, new ConflictingKeysException())
            : (headerKey ?? bearerKey, null);
    }

    private static (string? Key, string? Problem) ReadHeaderKey(HttpRequest request)
    {
        var header = request.Headers[ApiKeyDefaults.HeaderName];
        if (header.Count > 1)
        {
            return (null, $"{ApiKeyDefaults.HeaderName} is given more than once");
        }

        return header.Count == 1 && !string.IsNullOrWhiteSpace(header[0]) ? (header[0]!.Trim(), null) : (null, null);
    }

    private static (string? Key, string? Problem) ReadBearerKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization;
        if (authorization.Count == 0 || string.IsNullOrWhiteSpace(authorization[0]))
        {
            return (null, null);
        }

        var value = authorization[0]!;
        if (authorization.Count > 1 || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (null, "the Authorization header must be 'Bearer <key>'");
        }

        var key = value[BearerPrefix.Length..].Trim();
        return key.Length == 0 ? (null, "the Bearer token is empty") : (key, null);
    }
}
