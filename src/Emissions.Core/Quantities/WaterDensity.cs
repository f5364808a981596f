namespace Emissions.Quantities;

/// <summary>
/// Reports print water in 吨 (tonnes). Converting that to m³ needs a density, and Emissions
/// never assumes one silently: a caller must name this convention, and the trace records it.
/// </summary>
public static class WaterDensity
{
    /// <summary>The convention's name as traces and the contract print it, so a reader sees the assumed density.</summary>
    public const string ConventionName = "water at 1 t = 1 m³ (1000 kg/m³)";

    // kg of water per m³ under the convention.
    private const decimal KilogramsPerCubicMetre = 1000m;

    /// <summary>Mass of water → volume at 1 t = 1 m³.</summary>
    public static Volume ToVolume(Mass mass) => Volume.FromCubicMetres(mass.Kilograms / KilogramsPerCubicMetre);

    /// <summary>Volume of water → mass at 1 m³ = 1 t.</summary>
    public static Mass ToMass(Volume volume) => Mass.FromKilograms(Arithmetic.Multiply(volume.CubicMetres, KilogramsPerCubicMetre));

    /// <summary>A water quantity given as mass or volume, as volume; mass is converted at 1 t = 1 m³.</summary>
    public static Quantity AsVolume(Quantity water, out bool converted)
    {
        converted = water.Dimension == Dimension.MassDim;
        if (converted)
        {
            return new Quantity(water.CanonicalValue / KilogramsPerCubicMetre, Dimension.VolumeDim);
        }

        return water.Dimension == Dimension.VolumeDim
            ? water
            : throw new QuantityException(QuantityError.WrongKind, $"water must be Volume or Mass (at {ConventionName}), got {water.Kind}", "a volume or a mass of water");
    }

    /// <summary>A water quantity given as mass or volume, as mass; volume is converted at 1 m³ = 1 t.</summary>
    public static Quantity AsMass(Quantity water, out bool converted)
    {
        converted = water.Dimension == Dimension.VolumeDim;
        if (converted)
        {
            var cubicMetres = water.CanonicalValue;
            return new Quantity(Arithmetic.Multiply(cubicMetres, KilogramsPerCubicMetre), Dimension.MassDim);
        }

        return water.Dimension == Dimension.MassDim
            ? water
            : throw new QuantityException(QuantityError.WrongKind, $"water must be Volume or Mass (at {ConventionName}), got {water.Kind}", "a volume or a mass of water");
    }
}
