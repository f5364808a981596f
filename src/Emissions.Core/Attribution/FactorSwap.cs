using Emissions.Quantities;

namespace Emissions.Attribution;

/// <summary>
/// One factor of a set replaced by another of the library (or the set's GWPs by another assessment report's): what is
/// replaced, by what, and the overrides that do it.
/// </summary>
/// <param name="Parameter">The parameter replaced, as a formula names it: "emission-factor[electricity]", "net-calorific-value[diesel]", "gwp".</param>
/// <param name="Replaces">The set's factor id it replaces ("AR5 GWPs …" for an assessment report).</param>
/// <param name="Factor">The library factor (or GWP edition) put in its place.</param>
/// <param name="Overrides">Factor id → the value that replaces it.</param>
internal sealed record FactorSwap(string Parameter, string Replaces, AttributedFactor Factor, IReadOnlyDictionary<string, Measurement> Overrides);
