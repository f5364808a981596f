namespace Emissions.Api.Auth;

public static class ApiKeyDefaults
{
    public const string Scheme = "ApiKey";
    public const string HeaderName = "X-Api-Key";
    public const string OrganizationClaim = "emissions:org";
    public const string KeyPrefixClaim = "emissions:key";

    /// <summary>Any valid key of the organisation (auditor, submitter, admin).</summary>
    public const string ReadPolicy = "emissions:read";

    /// <summary>Keys that may write their organisation's data (submitter, admin).</summary>
    public const string WritePolicy = "emissions:write";

    /// <summary>Keys that may manage their organisation's keys (admin).</summary>
    public const string AdminPolicy = "emissions:admin";
}
