namespace Emissions.Quantities;

/// <summary>The units an area can be made in and read in with <see cref="Area.From"/>, <see cref="Area.As"/> and the per-unit members of <see cref="Area"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Area.Parse"/>.</summary>
public enum AreaUnit
{
    /// <summary>The square metre (m²; 平方米), the canonical area unit.</summary>
    SquareMetre,
    /// <summary>The square kilometre (km², 10⁶ m²).</summary>
    SquareKilometre,
    /// <summary>The hectare (ha, 10⁴ m²).</summary>
    Hectare,
    /// <summary>The mu (亩, 10,000/15 m² exactly, so 15 mu = 1 ha); UnitsNet has no counterpart.</summary>
    Mu,
    /// <summary>The square foot (ft², exactly 0.09290304 m²).</summary>
    SquareFoot,
}
