namespace Emissions.Factors;

/// <summary>The kebab-case wire names of <see cref="FactorParameter"/> used in factors/schema and on the wire.</summary>
internal static class FactorParameterNames
{
    private static readonly Dictionary<FactorParameter, string> Names = new()
    {
        [FactorParameter.EmissionFactor] = "emission-factor",
        [FactorParameter.NetCalorificValue] = "net-calorific-value",
        [FactorParameter.CarbonContent] = "carbon-content",
        [FactorParameter.OxidationRate] = "oxidation-rate",
        [FactorParameter.Co2PerEnergy] = "co2-per-energy",
        [FactorParameter.Ch4PerEnergy] = "ch4-per-energy",
        [FactorParameter.N2OPerEnergy] = "n2o-per-energy",
        [FactorParameter.StandardCoalCoefficient] = "standard-coal-coefficient",
        [FactorParameter.Gwp] = "gwp",
        [FactorParameter.AveragePue] = "average-pue",
        [FactorParameter.PueGradeThreshold] = "pue-grade-threshold",
        [FactorParameter.AbsorptionRate] = "absorption-rate",
        [FactorParameter.UnitConversion] = "unit-conversion",
    };

    private static readonly Dictionary<string, FactorParameter> Parameters =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every wire name, in declaration order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Names.Values];

    public static string ToWire(this FactorParameter parameter) => Names[parameter];

    public static bool TryParse(string? name, out FactorParameter parameter) =>
        Parameters.TryGetValue(name ?? "", out parameter);

    public static FactorParameter Parse(string name) =>
        TryParse(name, out var parameter)
            ? parameter
            : throw new ArgumentException($"unknown factor parameter '{name}'; known: {string.Join(", ", All)}", nameof(name));
}
