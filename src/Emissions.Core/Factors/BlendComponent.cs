namespace Emissions.Factors;

/// <summary>One gas of a refrigerant blend and its share by mass; a blend's GWP is the mass-weighted sum of its gases'.</summary>
/// <param name="Gas">The gas, as the set's GWP entries name it ("HFC-32").</param>
/// <param name="MassFraction">Its share of the blend's mass, as a fraction (0.5 for 50 %).</param>
public sealed record BlendComponent(string Gas, decimal MassFraction);
