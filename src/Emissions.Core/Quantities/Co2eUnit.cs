namespace Emissions.Quantities;

/// <summary>The units a CO2-equivalent amount can be made in and read in with <see cref="Co2e.From"/>, <see cref="Co2e.As"/> and the per-unit members of <see cref="Co2e"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Co2e.Parse"/>.</summary>
public enum Co2eUnit
{
    /// <summary>The gram of CO2 equivalent (gCO2e).</summary>
    GramCo2e,
    /// <summary>The kilogram of CO2 equivalent (kgCO2e), the canonical unit.</summary>
    KilogramCo2e,
    /// <summary>The tonne of CO2 equivalent (tCO2e, 1,000 kgCO2e; 吨二氧化碳当量).</summary>
    TonneCo2e,
    /// <summary>The kilotonne of CO2 equivalent (ktCO2e, 10⁶ kgCO2e).</summary>
    KilotonneCo2e,
    /// <summary>The megatonne of CO2 equivalent (MtCO2e, 10⁹ kgCO2e).</summary>
    MegatonneCo2e,
    /// <summary>The pound of CO2 equivalent (lbCO2e, exactly 0.45359237 kgCO2e).</summary>
    PoundCo2e,
}
