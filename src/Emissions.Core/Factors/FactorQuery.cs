namespace Emissions.Factors;

/// <summary>What a calculation needs: e.g. (EmissionFactor, carrier electricity, region CN-North, year 2022, basis location-average).</summary>
public sealed record FactorQuery(
    FactorParameter Parameter,
    string? Carrier = null,
    string? Region = null,
    int? Year = null,
    string? Basis = null,
    string? Gas = null);
