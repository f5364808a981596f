namespace Emissions.Factors;

/// <summary>
/// How a set turns fuel into scope-1 CO2: the Chinese enterprise method (activity × NCV ×
/// carbon content × oxidation × 44/12) or IPCC 2006 Tier 1 (energy × CO2 per TJ).
/// </summary>
public enum ScopeOneMethod
{
    /// <summary>The Chinese enterprise accounting guidelines: activity × NCV × carbon content × oxidation rate × 44/12.</summary>
    Cn,
    /// <summary>IPCC 2006 Tier 1: energy × the fuel's CO2 (and CH4, N2O) per TJ.</summary>
    Ipcc,
}
