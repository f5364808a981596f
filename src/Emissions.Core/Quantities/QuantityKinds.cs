namespace Emissions.Quantities;

/// <summary>Names for the dimensions that have one in this domain; anything else is named by its formula.</summary>
internal static class QuantityKinds
{
    private static readonly Dictionary<Dimension, string> Names = new()
    {
        [Dimension.None] = "Ratio",
        [Dimension.EnergyDim] = "Energy",
        [Dimension.MassDim] = "Mass",
        [Dimension.Co2eDim] = "Co2e",
        [Dimension.CarbonDim] = "Carbon",
        [Dimension.LengthDim] = "Length",
        [Dimension.AreaDim] = "Area",
        [Dimension.VolumeDim] = "Volume",
        [Dimension.TimeDim] = "Duration",
        [Dimension.PowerDim] = "Power",
        [Dimension.PersonDim] = "Count",
        [Dimension.Co2eDim / Dimension.EnergyDim] = "EmissionFactor",
        [Dimension.EnergyDim / Dimension.MassDim] = "CalorificValue",
        [Dimension.EnergyDim / Dimension.VolumeDim] = "VolumetricCalorificValue",
        [Dimension.CarbonDim / Dimension.EnergyDim] = "CarbonContent",
        [Dimension.Co2eDim / Dimension.MassDim] = "MassEmissionFactor",
        [Dimension.Co2eDim / Dimension.VolumeDim] = "VolumetricEmissionFactor",
        [Dimension.EnergyDim / Dimension.PersonDim] = "EnergyIntensity",
        [Dimension.MassDim / Dimension.PersonDim] = "MassIntensity",
        [Dimension.Co2eDim / Dimension.PersonDim] = "EmissionIntensity",
        [Dimension.VolumeDim / Dimension.PersonDim] = "VolumeIntensity",
        [Dimension.VolumeDim / Dimension.EnergyDim] = "WaterUsageEffectiveness",
    };

    public static string NameOf(Dimension dimension)
    {
        if (dimension.Money != 0 && dimension.Money == 1 && dimension with { Money = 0, Currency = null } == Dimension.None)
        {
            return $"Money({dimension.Currency})";
        }

        return Names.TryGetValue(dimension, out var name) ? name : dimension.Formula();
    }
}
