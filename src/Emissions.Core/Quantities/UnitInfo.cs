namespace Emissions.Quantities;

/// <summary>
/// One symbol: its name, quantity kind, the canonical unit of the kind (kWh, kg, kgCO2e, m, h, person, one
/// currency unit) and how many canonical units one of it is — <see cref="CanonicalScale"/> exact
/// ("1/3600000" for J, "2000/3" for 亩), <see cref="CanonicalFactor"/> the same as a decimal.
/// </summary>
internal sealed record UnitInfo(string Symbol, string Name, string Kind, string CanonicalUnit, string CanonicalScale, string CanonicalFactor)
{
    /// <summary>For a spelling read by a documented default ("MT", "therm"): the warning that names the other reading.</summary>
    public string? Caveat { get; init; }

    /// <summary>"gross" or "net" for a fuel energy printed with its calorific basis ("kWh (Gross CV)").</summary>
    public string? CalorificBasis { get; init; }
}
