namespace Emissions.Api.Options;

/// <summary>Fixed windows per API key (per client address for calls without a key). /healthz is never limited.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests per window for one key.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    /// <summary>Requests per window for one client address without a key.</summary>
    public int AnonymousPermitsPerWindow { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;
}
