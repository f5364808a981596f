using Emissions.Storage;

namespace Emissions.Api.Options;

/// <summary>
/// The service's settings, bound from the configuration root: Database:*, ConnectionStrings:Emissions,
/// Limits:*, Auth:*, RateLimit:*, Factors:*. Environment variables use "__" (Database__Provider=postgres).
/// </summary>
public sealed class EmissionsOptions
{
    public DatabaseOptions Database { get; set; } = new();

    public LimitsOptions Limits { get; set; } = new();

    public AuthOptions Auth { get; set; } = new();

    public RateLimitOptions RateLimit { get; set; } = new();

    public FactorsOptions Factors { get; set; } = new();
}
