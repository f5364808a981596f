namespace Emissions.Quantities;

public enum VolumeUnit
{
    CubicMetre,
    Litre,
    Millilitre,
    UsGallon,
    TenThousandCubicMetres,
}
