namespace Emissions.Api.Options;

public sealed class AuthOptions
{
    /// <summary>When true, POST /v1/calculations and /v1/checks need a key too (any role). Stored data always needs one.</summary>
    public bool RequireKeyForCompute { get; set; }
}
