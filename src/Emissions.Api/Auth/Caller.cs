using System.Security.Claims;
using Emissions.Storage;

namespace Emissions.Api.Auth;

/// <summary>Who is calling: the key's organisation, role and printable prefix. Every stored-data query is scoped by <see cref="OrganizationId"/>.</summary>
public sealed record Caller(string OrganizationId, ApiKeyRole Role, string KeyPrefix)
{
    public static Caller? From(ClaimsPrincipal? user)
    {
        var org = user?.FindFirst(ApiKeyDefaults.OrganizationClaim)?.Value;
        var role = user?.FindFirst(ClaimTypes.Role)?.Value;
        var prefix = user?.FindFirst(ApiKeyDefaults.KeyPrefixClaim)?.Value;
        return org is null || prefix is null || !ApiKeys.TryParseRole(role, out var parsed) ? null : new Caller(org, parsed, prefix);
    }

    /// <summary>For endpoints behind a policy, where a caller is guaranteed.</summary>
    public static Caller Require(ClaimsPrincipal user) =>
        From(user) ?? throw new InvalidOperationException("endpoint requires an authenticated caller but has no authorization policy");
}
