using System.Security.Claims;
using Emissions.Api.Auth;
using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Emissions.Api.Endpoints;

/// <summary>
/// An organisation's keys for its admins: list them (prefix, role, creation, expiry, revocation, last use; never
/// the key or its hash) and revoke one by prefix. A revoked key answers 401 from its next request on, so keys
/// rotate without downtime: create the new key, move clients to it, then revoke the old one.
/// </summary>
public static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/v1/keys")
            .WithTags("Keys")
            .RequireAuthorization(ApiKeyDefaults.AdminPolicy)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", ListAsync)
            .WithName("ListKeys")
            .WithSummary("The organisation's API keys: prefix, role, created, expires, revoked, last used");
        group.MapDelete("/{prefix}", RevokeAsync)
            .WithName("RevokeKey")
            .WithSummary("Revoke the organisation's key with this prefix; it answers 401 from then on")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<Ok<KeyList>> ListAsync(ClaimsPrincipal user, IEmissionsStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var keys = await store.ListKeysAsync(caller.OrganizationId, cancellationToken);
        return TypedResults.Ok(new KeyList([.. keys.Select(KeyInfo.From)]));
    }

    public static async Task<NoContent> RevokeAsync(string prefix, ClaimsPrincipal user, IEmissionsStore store, CancellationToken cancellationToken)
    {
        var caller = Caller.Require(user);
        var revoked = await store.RevokeKeyAsync(caller.OrganizationId, prefix, cancellationToken);
        return revoked > 0
            ? TypedResults.NoContent()
            : throw new ApiProblemException(new ApiProblem(ProblemKinds.NotFound,
                $"the organisation has no unrevoked key with prefix '{Emissions.Quantities.Excerpt.Of(prefix)}'", "prefix", Emissions.Quantities.Excerpt.Of(prefix),
                "the prefix of one of the organisation's keys (GET /v1/keys)", "path"));
    }
}

public sealed record KeyList(IReadOnlyList<KeyInfo> Keys);

/// <summary>What an admin sees of a key: never the key, never its hash.</summary>
public sealed record KeyInfo(string Prefix, string Role, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    public static KeyInfo From(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new(key.KeyPrefix, ApiKeys.ToWire(key.Role), key.CreatedAt, key.ExpiresAt, key.RevokedAt, key.LastUsedAt);
    }
}
