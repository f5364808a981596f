namespace Emissions.Quantities;

public enum EnergyUnit
{
    Joule,
    Kilojoule,
    Megajoule,
    Gigajoule,
    Terajoule,
    WattHour,
    KilowattHour,
    MegawattHour,
    GigawattHour,
    TerawattHour,
    BritishThermalUnit,
    MillionBritishThermalUnits,
    Therm,
    ThermUs,
    TonneOfOilEquivalent,
    KilogramOfCoalEquivalent,
    TonneOfCoalEquivalent,
}
