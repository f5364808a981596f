namespace Emissions.Factors;

/// <summary>What a factor measures; the wire names are the kebab-case forms in factors/schema.</summary>
public enum FactorParameter
{
    EmissionFactor,
    NetCalorificValue,
    CarbonContent,
    OxidationRate,
    Co2PerEnergy,
    Ch4PerEnergy,
    N2OPerEnergy,
    StandardCoalCoefficient,
    Gwp,
    AveragePue,
    AbsorptionRate,
    UnitConversion,
    PueGradeThreshold,
}
