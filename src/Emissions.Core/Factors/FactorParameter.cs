namespace Emissions.Factors;

/// <summary>What a factor measures; the wire names are the kebab-case forms in factors/schema.</summary>
public enum FactorParameter
{
    /// <summary>CO2 (or CO2e) per unit of energy, e.g. a grid's tCO2/MWh (<c>emission-factor</c>).</summary>
    EmissionFactor,
    /// <summary>Energy per mass or volume of a fuel, e.g. GJ/t (<c>net-calorific-value</c>).</summary>
    NetCalorificValue,
    /// <summary>Carbon per unit of a fuel's energy, e.g. tC/TJ (<c>carbon-content</c>), for the Chinese scope-1 method.</summary>
    CarbonContent,
    /// <summary>The share of a fuel's carbon that oxidises, a ratio (<c>oxidation-rate</c>).</summary>
    OxidationRate,
    /// <summary>CO2 per unit of a fuel's energy, e.g. kgCO2/TJ (<c>co2-per-energy</c>), for IPCC Tier 1.</summary>
    Co2PerEnergy,
    /// <summary>CH4 mass per unit of a fuel's energy (<c>ch4-per-energy</c>).</summary>
    Ch4PerEnergy,
    /// <summary>N2O mass per unit of a fuel's energy (<c>n2o-per-energy</c>).</summary>
    N2OPerEnergy,
    /// <summary>Standard coal equivalent per unit of a fuel or of electricity, e.g. kgce/kWh (<c>standard-coal-coefficient</c>, GB/T 2589).</summary>
    StandardCoalCoefficient,
    /// <summary>A gas's 100-year global warming potential, in tCO2e/t (<c>gwp</c>).</summary>
    Gwp,
    /// <summary>A published average PUE to compare a data center's with, a ratio (<c>average-pue</c>).</summary>
    AveragePue,
    /// <summary>CO2 absorbed per area and time, e.g. of a forest (<c>absorption-rate</c>), for avoided-emission claims.</summary>
    AbsorptionRate,
    /// <summary>A published conversion between units, of any kind, e.g. 29.3076 GJ/tce (<c>unit-conversion</c>).</summary>
    UnitConversion,
    /// <summary>The PUE bound of an energy-efficiency grade, a ratio (<c>pue-grade-threshold</c>, GB 40879).</summary>
    PueGradeThreshold,
}
