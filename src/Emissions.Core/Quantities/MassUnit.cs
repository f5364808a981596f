namespace Emissions.Quantities;

/// <summary>The units a mass can be made in and read in with <see cref="Mass.From"/>, <see cref="Mass.As"/> and the per-unit members of <see cref="Mass"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Mass.Parse"/>.</summary>
public enum MassUnit
{
    /// <summary>The gram (g).</summary>
    Gram,
    /// <summary>The kilogram (kg), the canonical mass unit.</summary>
    Kilogram,
    /// <summary>The metric tonne (t, 1,000 kg; 吨).</summary>
    Tonne,
    /// <summary>The kilotonne (kt, 10⁶ kg).</summary>
    Kilotonne,
    /// <summary>The megatonne (Mt, 10⁹ kg).</summary>
    Megatonne,
    /// <summary>The avoirdupois pound (lb, exactly 0.45359237 kg).</summary>
    Pound,
    /// <summary>The US short ton (2,000 lb, exactly 907.18474 kg).</summary>
    ShortTon,
}
