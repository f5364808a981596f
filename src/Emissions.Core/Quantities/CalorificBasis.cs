namespace Emissions.Quantities;

/// <summary>
/// Which heat of combustion a fuel's energy counts: gross (higher heating value, the water vapour condensed) or
/// net (lower heating value). For natural gas the two differ by about 10 %, so an amount on one basis must never
/// meet a factor on the other silently.
/// </summary>
public enum CalorificBasis
{
    /// <summary>Not printed: read on the basis of the factor it meets.</summary>
    Unstated,

    /// <summary>Gross calorific value (GCV, HHV): DESNZ's "kWh (Gross CV)".</summary>
    Gross,

    /// <summary>Net calorific value (NCV, LHV): DESNZ's "kWh (Net CV)"; IPCC 2006 and the Chinese guideline factors are per NCV.</summary>
    Net,
}
