namespace Emissions.Quantities;

/// <summary>
/// Reports print water in 吨 (tonnes). Converting that to m³ needs a density, and Emissions
/// never assumes one silently: a caller must name this convention, and the trace records it.
/// </summary>
public static class WaterDensity
{
    public const string ConventionName = "water at 1 t = 1 m³ (1000 kg/m³)";

    /// <summary>Mass of water → volume at 1 t = 1 m³.</summary>
    public static Volume ToVolume(Mass mass) => Volume.FromCubicMetres(mass.Kilograms / 1000m);

    /// <summary>A water quantity given as mass or volume, as volume; mass is converted at 1 t = 1 m³.</summary>
    public static Quantity AsVolume(Quantity water, out bool converted)
    {
        converted = water.Dimension == Dimension.MassDim;
        if (converted)
        {
            return new Quantity(water.CanonicalValue / 1000m, Dimension.VolumeDim);
        }

        return water.Dimension == Dimension.VolumeDim
            ? water
            : throw new QuantityException(QuantityError.WrongKind, $"water must be Volume or Mass (at {ConventionName}), got {water.Kind}");
    }
}
