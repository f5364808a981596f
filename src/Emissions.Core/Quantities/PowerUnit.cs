namespace Emissions.Quantities;

/// <summary>The units a power can be made in and read in with <see cref="Power.From"/>, <see cref="Power.As"/> and the per-unit members of <see cref="Power"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Power.Parse"/>.</summary>
public enum PowerUnit
{
    /// <summary>The watt (W), how a power is stored.</summary>
    Watt,
    /// <summary>The kilowatt (kW, 10³ W), the canonical power unit.</summary>
    Kilowatt,
    /// <summary>The megawatt (MW, 10⁶ W).</summary>
    Megawatt,
    /// <summary>The gigawatt (GW, 10⁹ W).</summary>
    Gigawatt,
}
