namespace Emissions.Quantities;

/// <summary>The units a volume can be made in and read in with <see cref="Volume.From"/>, <see cref="Volume.As"/> and the per-unit members of <see cref="Volume"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Volume.Parse"/>.</summary>
public enum VolumeUnit
{
    /// <summary>The cubic metre (m³; 立方米), the canonical volume unit.</summary>
    CubicMetre,
    /// <summary>The litre (L, 10⁻³ m³).</summary>
    Litre,
    /// <summary>The millilitre (mL, 10⁻⁶ m³).</summary>
    Millilitre,
    /// <summary>The US liquid gallon (gal(US), 231 in³, exactly 3.785411784 L).</summary>
    UsGallon,
    /// <summary>The ten thousand cubic metres (万立方米, 10⁴ m³), as Chinese reports print water volumes; UnitsNet has no counterpart.</summary>
    TenThousandCubicMetres,
}
