namespace Emissions.Factors;

public sealed record BlendComponent(string Gas, decimal MassFraction);
