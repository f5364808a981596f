namespace Emissions.Quantities;

/// <summary>The units an energy can be made in and read in with <see cref="Energy.From"/>, <see cref="Energy.As"/> and the per-unit members of <see cref="Energy"/>; text in any other spelling of these units (Chinese included) reads with <see cref="Energy.Parse"/>.</summary>
public enum EnergyUnit
{
    /// <summary>The joule (J), the SI unit and how an energy is stored.</summary>
    Joule,
    /// <summary>The kilojoule (kJ, 10³ J).</summary>
    Kilojoule,
    /// <summary>The megajoule (MJ, 10⁶ J).</summary>
    Megajoule,
    /// <summary>The gigajoule (GJ, 10⁹ J; 吉焦).</summary>
    Gigajoule,
    /// <summary>The terajoule (TJ, 10¹² J).</summary>
    Terajoule,
    /// <summary>The watt hour (Wh, 3,600 J).</summary>
    WattHour,
    /// <summary>The kilowatt hour (kWh, 3.6 MJ; 千瓦时 or 度 in Chinese reports), the canonical energy unit.</summary>
    KilowattHour,
    /// <summary>The megawatt hour (MWh, 3.6 GJ; 兆瓦时).</summary>
    MegawattHour,
    /// <summary>The gigawatt hour (GWh, 3.6 TJ).</summary>
    GigawattHour,
    /// <summary>The terawatt hour (TWh, 3.6 PJ).</summary>
    TerawattHour,
    /// <summary>The British thermal unit on the International Table (Btu, exactly 1,055.05585262 J).</summary>
    BritishThermalUnit,
    /// <summary>The million British thermal units (MMBtu, 10⁶ Btu).</summary>
    MillionBritishThermalUnits,
    /// <summary>The EC therm (10⁵ Btu, exactly 105,505,585.262 J); a bare "therm" in text is read as this one, with a caveat.</summary>
    Therm,
    /// <summary>The US therm (exactly 105,480,400 J, NIST SP 811), 0.024 % less than the EC therm.</summary>
    ThermUs,
    /// <summary>The tonne of oil equivalent (toe, 41.868 GJ, IEA/OECD); UnitsNet has no counterpart.</summary>
    TonneOfOilEquivalent,
    /// <summary>The kilogram of standard coal equivalent (kgce, 29,307.6 kJ, GB/T 2589); UnitsNet has no counterpart.</summary>
    KilogramOfCoalEquivalent,
    /// <summary>The tonne of standard coal equivalent (tce, 29.3076 GJ, GB/T 2589; 吨标准煤); UnitsNet has no counterpart.</summary>
    TonneOfCoalEquivalent,
}
