using Emissions.Quantities;

namespace Emissions.Factors.Loading;

/// <summary>
/// Which unit kinds each parameter may carry, so that a grid factor typed in GJ/t or an NCV typed
/// in tCO2/MWh fails at load time instead of producing a number of the wrong kind.
/// </summary>
internal static class ParameterUnitKinds
{
    private static readonly Unit GwpUnit = Unit.Parse("tCO2e/t");

    private static readonly (Dimension Dimension, string Label) EmissionPerEnergy = (Dimension.Co2eDim / Dimension.EnergyDim, "Co2e/Energy (e.g. tCO2/MWh)");
    private static readonly (Dimension Dimension, string Label) EnergyPerMass = (Dimension.EnergyDim / Dimension.MassDim, "Energy/Mass (e.g. GJ/t)");
    private static readonly (Dimension Dimension, string Label) EnergyPerVolume = (Dimension.EnergyDim / Dimension.VolumeDim, "Energy/Volume (e.g. kJ/m³)");
    private static readonly (Dimension Dimension, string Label) Ratio = (Dimension.None, "a ratio (e.g. % or no unit)");

    private static readonly Dictionary<FactorParameter, (Dimension Dimension, string Label)[]> Allowed = new()
    {
        [FactorParameter.EmissionFactor] = [EmissionPerEnergy],
        [FactorParameter.Co2PerEnergy] = [EmissionPerEnergy],
        [FactorParameter.NetCalorificValue] = [EnergyPerMass, EnergyPerVolume],
        [FactorParameter.CarbonContent] = [(Dimension.CarbonDim / Dimension.EnergyDim, "Carbon/Energy (e.g. tC/TJ)")],
        [FactorParameter.OxidationRate] = [Ratio],
        [FactorParameter.Ch4PerEnergy] = [(Dimension.MassDim / Dimension.EnergyDim, "Mass/Energy (e.g. kgCH4/TJ)")],
        [FactorParameter.N2OPerEnergy] = [(Dimension.MassDim / Dimension.EnergyDim, "Mass/Energy (e.g. kgN2O/TJ)")],

        // kgce is energy (GB/T 2589: 1 kgce = 29,307.6 kJ), so kgce/kWh and kgce/MJ are ratios.
        [FactorParameter.StandardCoalCoefficient] = [EnergyPerMass, EnergyPerVolume, Ratio],
        [FactorParameter.Gwp] = [(Dimension.Co2eDim / Dimension.MassDim, "tCO2e/t")],
        [FactorParameter.AveragePue] = [Ratio],
        [FactorParameter.PueGradeThreshold] = [Ratio],
        [FactorParameter.AbsorptionRate] = [(Dimension.Co2eDim / (Dimension.AreaDim * Dimension.TimeDim), "Co2e/(Area·Time) (e.g. kgCO2/(mu·day))")],

        // A conversion constant may relate any two units (GJ/tce); its kind is whatever it converts.
        [FactorParameter.UnitConversion] = [],
    };

    /// <summary>Null when <paramref name="unit"/> suits <paramref name="parameter"/>, else the problem and the unit kinds that would suit.</summary>
    public static UnitKindProblem? Check(FactorParameter parameter, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var allowed = Allowed[parameter];
        if (allowed.Length == 0)
        {
            return null;
        }

        if (parameter == FactorParameter.Gwp)
        {
            return unit.IsEquivalentTo(GwpUnit) ? null : new UnitKindProblem($"unit '{unit.Symbol}' is {unit.Kind}; gwp must be in tCO2e/t", "a unit of tCO2e/t");
        }

        var labels = string.Join(" or ", allowed.Select(a => a.Label));
        return allowed.Any(a => a.Dimension == unit.Dimension)
            ? null
            : new UnitKindProblem($"unit '{unit.Symbol}' is {unit.Kind}; {parameter.ToWire()} needs {labels}", "a unit of " + labels);
    }
}
