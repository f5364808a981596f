namespace Emissions.Api.Workbench;

/// <summary>The workbench's signed-in session: a cookie issued for an organisation's API key (the key itself is never stored in it).</summary>
internal static class SessionDefaults
{
    public const string Scheme = "Session";
    public const string Policy = "emissions:session";
    public const string CookieName = "emissions-session";
    public const string AntiforgeryCookieName = "emissions-form";

    /// <summary>sha256 of the key the session was opened with: every request checks the key is still usable.</summary>
    public const string KeyHashClaim = "emissions:key-hash";

    public const string SignInPath = "/submissions/sign-in";
    public const string SignOutPath = "/submissions/sign-out";

    /// <summary>Set on the request when its session ended because its key was revoked or expired.</summary>
    public const string EndedItem = "emissions:session-ended";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);
}
