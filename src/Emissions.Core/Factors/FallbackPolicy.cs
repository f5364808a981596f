namespace Emissions.Factors;

/// <summary>Which fallbacks a set allows; each one used is a warning in the result.</summary>
public sealed record FallbackPolicy(bool RegionToNational, bool EarlierDataYear);
