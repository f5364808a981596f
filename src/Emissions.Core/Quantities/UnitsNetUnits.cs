using UN = UnitsNet.Units;

namespace Emissions.Quantities;

/// <summary>
/// The units this catalogue and UnitsNet both define, symbol by symbol, each with the same definition (checked
/// against UnitsNet's own conversions by the test oracle). Left out on purpose: UnitsNet's calorie is the
/// thermochemical 4.184 J while kcal/Gcal here are the International Table 4.1868 J of GB/T 2589; CO2e, carbon,
/// coal and oil equivalents, 亩, persons and currencies have no UnitsNet quantity (docs/adr/0010-unitsnet-as-oracle-and-interop.md).
/// </summary>
internal static class UnitsNetUnits
{
    /// <summary>Our symbol and UnitsNet's unit, one row per shared unit (the first row of a UnitsNet unit is the symbol it reads back as).</summary>
    public static IReadOnlyList<(string Symbol, Enum UnitsNetUnit)> Shared { get; } =
    [
        ("J", UN.EnergyUnit.Joule), ("kJ", UN.EnergyUnit.Kilojoule), ("MJ", UN.EnergyUnit.Megajoule), ("GJ", UN.EnergyUnit.Gigajoule),
        ("TJ", UN.EnergyUnit.Terajoule), ("PJ", UN.EnergyUnit.Petajoule), ("Wh", UN.EnergyUnit.WattHour), ("kWh", UN.EnergyUnit.KilowattHour),
        ("MWh", UN.EnergyUnit.MegawattHour), ("GWh", UN.EnergyUnit.GigawattHour), ("TWh", UN.EnergyUnit.TerawattHour),
        ("Btu", UN.EnergyUnit.BritishThermalUnit), ("kBtu", UN.EnergyUnit.KilobritishThermalUnit), ("MMBtu", UN.EnergyUnit.MegabritishThermalUnit),
        ("therm(EC)", UN.EnergyUnit.ThermEc), ("therm(US)", UN.EnergyUnit.ThermUs), ("Dth", UN.EnergyUnit.DecathermUs),
        ("g", UN.MassUnit.Gram), ("kg", UN.MassUnit.Kilogram), ("t", UN.MassUnit.Tonne), ("kt", UN.MassUnit.Kilotonne), ("Mt", UN.MassUnit.Megatonne),
        ("lb", UN.MassUnit.Pound), ("short-ton", UN.MassUnit.ShortTon), ("long-ton", UN.MassUnit.LongTon),
        ("m³", UN.VolumeUnit.CubicMeter), ("L", UN.VolumeUnit.Liter), ("mL", UN.VolumeUnit.Milliliter), ("kL", UN.VolumeUnit.Kiloliter),
        ("ML", UN.VolumeUnit.Megaliter), ("ft³", UN.VolumeUnit.CubicFoot), ("Ccf", UN.VolumeUnit.HectocubicFoot), ("Mcf", UN.VolumeUnit.KilocubicFoot),
        ("MMcf", UN.VolumeUnit.MegacubicFoot), ("gal(US)", UN.VolumeUnit.UsGallon), ("gal(imp)", UN.VolumeUnit.ImperialGallon), ("bbl", UN.VolumeUnit.OilBarrel),
        ("m²", UN.AreaUnit.SquareMeter), ("km²", UN.AreaUnit.SquareKilometer), ("ha", UN.AreaUnit.Hectare), ("ft²", UN.AreaUnit.SquareFoot),
        ("m", UN.LengthUnit.Meter), ("km", UN.LengthUnit.Kilometer),
        ("W", UN.PowerUnit.Watt), ("kW", UN.PowerUnit.Kilowatt), ("MW", UN.PowerUnit.Megawatt), ("GW", UN.PowerUnit.Gigawatt),
        ("s", UN.DurationUnit.Second), ("min", UN.DurationUnit.Minute), ("h", UN.DurationUnit.Hour), ("day", UN.DurationUnit.Day),
    ];

    private static readonly Dictionary<Enum, string> SymbolByUnit = Shared.ToDictionary(r => r.UnitsNetUnit, r => r.Symbol);

    internal static bool TrySymbolOf(Enum unit, out string symbol) => SymbolByUnit.TryGetValue(unit, out symbol!);

    /// <summary>The UnitsNet unit for a unit of ours: the one of the same kind and exact scale, else null.</summary>
    internal static Enum? UnitsNetUnitOf(Unit unit) =>
        Shared.Where(r => UnitCatalog.Symbols[r.Symbol].IsEquivalentTo(unit)).Select(r => r.UnitsNetUnit).FirstOrDefault();

    /// <summary>A UnitsNet unit of the kind of <paramref name="unit"/> (its first row), to carry a unit UnitsNet lacks (萬噸 as t).</summary>
    internal static (Enum UnitsNetUnit, Unit Ours)? SameKind(Unit unit) =>
        Shared.Where(r => UnitCatalog.Symbols[r.Symbol].Dimension == unit.Dimension)
            .OrderBy(r => UnitCatalog.Symbols[r.Symbol].Scale == UnitScale.One ? 0 : 1)
            .Select(r => ((Enum, Unit)?)(r.UnitsNetUnit, UnitCatalog.Symbols[r.Symbol]))
            .FirstOrDefault();
}
