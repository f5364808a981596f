namespace Emissions.Factors.Loading;

/// <summary>A factor's unit of the wrong kind for its parameter: the sentence the loader prints and what would have suited.</summary>
/// <param name="Message">"unit 'GJ/t' is CalorificValue; emission-factor needs Co2e/Energy (e.g. tCO2/MWh)".</param>
/// <param name="Expected">"a unit of Co2e/Energy (e.g. tCO2/MWh)".</param>
internal sealed record UnitKindProblem(string Message, string Expected);
