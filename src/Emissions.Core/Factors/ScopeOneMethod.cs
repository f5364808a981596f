namespace Emissions.Factors;

/// <summary>
/// How a set turns fuel into scope-1 CO2: the Chinese enterprise method (activity × NCV ×
/// carbon content × oxidation × 44/12) or IPCC 2006 Tier 1 (energy × CO2 per TJ).
/// </summary>
public enum ScopeOneMethod
{
    Cn,
    Ipcc,
}
