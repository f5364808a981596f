using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>
/// Energy, stored exactly as joules. Its canonical value (as a <see cref="Quantity"/>) is kilowatt hours; every
/// energy unit (Wh, J, Btu, therm, toe, tce, kcal) is a terminating number of joules, so conversions between
/// energy units go through joules and stay exact where their ratio is ((1 + 2) GJ is exactly 3 GJ).
/// The price: at most 7.9e28 J (2.2e22 kWh).
/// </summary>
public readonly partial record struct Energy : IQuantity<Energy, EnergyUnit>, IComparable<Energy>, IBaseUnitQuantity<Energy, EnergyUnit>
{
    private static readonly Unit JouleUnit = UnitCatalog.Get("J");

    private Energy(decimal joules) => Joules = joules;

    /// <summary>The dimension every Energy has; a run-time <see cref="Quantity"/> must carry it to be read as a Energy (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.EnergyDim;

    /// <summary>Zero energy (0 J), the same as <c>default</c>.</summary>
    public static Energy Zero => default;

    /// <summary>The energy in joules (J): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal Joules { get; }

    /// <summary>The energy in units of the kilowatt hour (kWh, 3.6 MJ; 千瓦时 or 度 in Chinese reports), the canonical energy unit: exact to decimal's 28 significant digits, and the value of its <see cref="ToQuantity"/> form.</summary>
    public decimal KilowattHours => Joules / 3_600_000m;

    /// <summary>The energy in kJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Kilojoule)</c>.</summary>
    public decimal Kilojoules => As(EnergyUnit.Kilojoule);

    /// <summary>The energy in MJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Megajoule)</c>.</summary>
    public decimal Megajoules => As(EnergyUnit.Megajoule);

    /// <summary>The energy in GJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Gigajoule)</c>.</summary>
    public decimal Gigajoules => As(EnergyUnit.Gigajoule);

    /// <summary>The energy in TJ, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Terajoule)</c>.</summary>
    public decimal Terajoules => As(EnergyUnit.Terajoule);

    /// <summary>The energy in Wh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.WattHour)</c>.</summary>
    public decimal WattHours => As(EnergyUnit.WattHour);

    /// <summary>The energy in MWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.MegawattHour)</c>.</summary>
    public decimal MegawattHours => As(EnergyUnit.MegawattHour);

    /// <summary>The energy in GWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.GigawattHour)</c>.</summary>
    public decimal GigawattHours => As(EnergyUnit.GigawattHour);

    /// <summary>The energy in TWh, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.TerawattHour)</c>.</summary>
    public decimal TerawattHours => As(EnergyUnit.TerawattHour);

    /// <summary>The energy in units of the British thermal unit on the International Table (Btu, exactly 1,055.05585262 J), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.BritishThermalUnit)</c>.</summary>
    public decimal BritishThermalUnits => As(EnergyUnit.BritishThermalUnit);

    /// <summary>The energy in units of the million British thermal units (MMBtu, 10⁶ Btu), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.MillionBritishThermalUnits)</c>.</summary>
    public decimal MillionBritishThermalUnits => As(EnergyUnit.MillionBritishThermalUnits);

    /// <summary>The energy in units of the EC therm (10⁵ Btu, exactly 105,505,585.262 J); a bare "therm" in text is read as this one, with a caveat, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.Therm)</c>.</summary>
    public decimal Therms => As(EnergyUnit.Therm);

    /// <summary>The energy in units of the US therm (exactly 105,480,400 J, NIST SP 811), 0.024 % less than the EC therm, exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(EnergyUnit.ThermUs)</c>.</summary>
    public decimal ThermsUs => As(EnergyUnit.ThermUs);

    decimal IQuantity<Energy, EnergyUnit>.CanonicalValue => KilowattHours;

    static Unit IBaseUnitQuantity<Energy, EnergyUnit>.BaseUnit => JouleUnit;

    decimal IBaseUnitQuantity<Energy, EnergyUnit>.BaseValue => Joules;

    static Energy IBaseUnitQuantity<Energy, EnergyUnit>.FromBaseValue(decimal value) => new(value);

    /// <summary>Makes an Energy from its canonical value in kilowatt hours (kWh), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in kilowatt hours (kWh).</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 3_600_000m));

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="EnergyUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="EnergyUnit"/> value.</exception>
    public static string SymbolOf(EnergyUnit unit) => unit switch
    {
        EnergyUnit.Joule => "J",
        EnergyUnit.Kilojoule => "kJ",
        EnergyUnit.Megajoule => "MJ",
        EnergyUnit.Gigajoule => "GJ",
        EnergyUnit.Terajoule => "TJ",
        EnergyUnit.WattHour => "Wh",
        EnergyUnit.KilowattHour => "kWh",
        EnergyUnit.MegawattHour => "MWh",
        EnergyUnit.GigawattHour => "GWh",
        EnergyUnit.TerawattHour => "TWh",
        EnergyUnit.BritishThermalUnit => "Btu",
        EnergyUnit.MillionBritishThermalUnits => "MMBtu",
        EnergyUnit.Therm => "therm",
        EnergyUnit.ThermUs => "therm(US)",
        EnergyUnit.TonneOfOilEquivalent => "toe",
        EnergyUnit.KilogramOfCoalEquivalent => "kgce",
        EnergyUnit.TonneOfCoalEquivalent => "tce",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes an Energy from a value in <paramref name="unit"/>, converted exactly to joules (J) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="EnergyUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy From(decimal value, EnergyUnit unit) => BaseUnitQuantity.From<Energy, EnergyUnit>(value, unit);

    /// <summary>Makes an Energy from a number of joules, the joule (J), the SI unit and how an energy is stored; exact, the same as <c>From(value, EnergyUnit.Joule)</c>.</summary>
    /// <param name="value">The value in joules.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromJoules(decimal value) => From(value, EnergyUnit.Joule);

    /// <summary>Makes an Energy from a number of kilojoules, the kilojoule (kJ, 10³ J); exact, the same as <c>From(value, EnergyUnit.Kilojoule)</c>.</summary>
    /// <param name="value">The value in kilojoules.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromKilojoules(decimal value) => From(value, EnergyUnit.Kilojoule);

    /// <summary>Makes an Energy from a number of megajoules, the megajoule (MJ, 10⁶ J); exact, the same as <c>From(value, EnergyUnit.Megajoule)</c>.</summary>
    /// <param name="value">The value in megajoules.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromMegajoules(decimal value) => From(value, EnergyUnit.Megajoule);

    /// <summary>Makes an Energy from a number of gigajoules, the gigajoule (GJ, 10⁹ J; 吉焦); exact, the same as <c>From(value, EnergyUnit.Gigajoule)</c>.</summary>
    /// <param name="value">The value in gigajoules.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromGigajoules(decimal value) => From(value, EnergyUnit.Gigajoule);

    /// <summary>Makes an Energy from a number of terajoules, the terajoule (TJ, 10¹² J); exact, the same as <c>From(value, EnergyUnit.Terajoule)</c>.</summary>
    /// <param name="value">The value in terajoules.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromTerajoules(decimal value) => From(value, EnergyUnit.Terajoule);

    /// <summary>Makes an Energy from a number of kilowatt hours, the kilowatt hour (kWh, 3.6 MJ; 千瓦时 or 度 in Chinese reports), the canonical energy unit; exact, the same as <c>From(value, EnergyUnit.KilowattHour)</c>.</summary>
    /// <param name="value">The value in kilowatt hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromKilowattHours(decimal value) => From(value, EnergyUnit.KilowattHour);

    /// <summary>Makes an Energy from a number of megawatt hours, the megawatt hour (MWh, 3.6 GJ; 兆瓦时); exact, the same as <c>From(value, EnergyUnit.MegawattHour)</c>.</summary>
    /// <param name="value">The value in megawatt hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromMegawattHours(decimal value) => From(value, EnergyUnit.MegawattHour);

    /// <summary>Makes an Energy from a number of gigawatt hours, the gigawatt hour (GWh, 3.6 TJ); exact, the same as <c>From(value, EnergyUnit.GigawattHour)</c>.</summary>
    /// <param name="value">The value in gigawatt hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromGigawattHours(decimal value) => From(value, EnergyUnit.GigawattHour);

    /// <summary>Makes an Energy from a number of tonnes of coal equivalent, the tonne of standard coal equivalent (tce, 29.3076 GJ, GB/T 2589; 吨标准煤); UnitsNet has no counterpart; exact, the same as <c>From(value, EnergyUnit.TonneOfCoalEquivalent)</c>.</summary>
    /// <param name="value">The value in tonnes of coal equivalent.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromTonnesOfCoalEquivalent(decimal value) => From(value, EnergyUnit.TonneOfCoalEquivalent);

    /// <summary>Makes an Energy from a number of watt hours, the watt hour (Wh, 3,600 J); exact, the same as <c>From(value, EnergyUnit.WattHour)</c>.</summary>
    /// <param name="value">The value in watt hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromWattHours(decimal value) => From(value, EnergyUnit.WattHour);

    /// <summary>Makes an Energy from a number of terawatt hours, the terawatt hour (TWh, 3.6 PJ); exact, the same as <c>From(value, EnergyUnit.TerawattHour)</c>.</summary>
    /// <param name="value">The value in terawatt hours.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromTerawattHours(decimal value) => From(value, EnergyUnit.TerawattHour);

    /// <summary>Makes an Energy from a number of British thermal units, the British thermal unit on the International Table (Btu, exactly 1,055.05585262 J); exact, the same as <c>From(value, EnergyUnit.BritishThermalUnit)</c>.</summary>
    /// <param name="value">The value in british thermal units.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromBritishThermalUnits(decimal value) => From(value, EnergyUnit.BritishThermalUnit);

    /// <summary>Makes an Energy from a number of million British thermal units, the million British thermal units (MMBtu, 10⁶ Btu); exact, the same as <c>From(value, EnergyUnit.MillionBritishThermalUnits)</c>.</summary>
    /// <param name="value">The value in million british thermal units.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromMillionBritishThermalUnits(decimal value) => From(value, EnergyUnit.MillionBritishThermalUnits);

    /// <summary>Makes an Energy from a number of therms, the EC therm (10⁵ Btu, exactly 105,505,585.262 J); a bare "therm" in text is read as this one, with a caveat; exact, the same as <c>From(value, EnergyUnit.Therm)</c>.</summary>
    /// <param name="value">The value in therms.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromTherms(decimal value) => From(value, EnergyUnit.Therm);

    /// <summary>Makes an Energy from a number of US therms, the US therm (exactly 105,480,400 J, NIST SP 811), 0.024 % less than the EC therm; exact, the same as <c>From(value, EnergyUnit.ThermUs)</c>.</summary>
    /// <param name="value">The value in therms us.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromThermsUs(decimal value) => From(value, EnergyUnit.ThermUs);

    /// <summary>Makes an Energy from a number of tonnes of oil equivalent, the tonne of oil equivalent (toe, 41.868 GJ, IEA/OECD); UnitsNet has no counterpart; exact, the same as <c>From(value, EnergyUnit.TonneOfOilEquivalent)</c>.</summary>
    /// <param name="value">The value in tonnes of oil equivalent.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromTonnesOfOilEquivalent(decimal value) => From(value, EnergyUnit.TonneOfOilEquivalent);

    /// <summary>Makes an Energy from a number of kilograms of coal equivalent, the kilogram of standard coal equivalent (kgce, 29,307.6 kJ, GB/T 2589); UnitsNet has no counterpart; exact, the same as <c>From(value, EnergyUnit.KilogramOfCoalEquivalent)</c>.</summary>
    /// <param name="value">The value in kilograms of coal equivalent.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy FromKilogramsOfCoalEquivalent(decimal value) => From(value, EnergyUnit.KilogramOfCoalEquivalent);

    /// <summary>Reads an energy as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and an energy unit in English or Chinese, e.g. "721,117.23 MWh", "20,256.68 吉焦", "5億度"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Energy Parse(string text) => BaseUnitQuantity.Parse<Energy, EnergyUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not an energy.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The energy read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as an energy.</returns>
    public static bool TryParse(string text, out Energy result) => BaseUnitQuantity.TryParse<Energy, EnergyUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Energy, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is energy.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Energy FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Energy, EnergyUnit>(quantity);

    /// <summary>The energy in <paramref name="unit"/>, converted from joules (J) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="EnergyUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(EnergyUnit unit) => BaseUnitQuantity.As(this, unit);

    /// <summary>The energy as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="EnergyUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(EnergyUnit unit) => BaseUnitQuantity.ToUnit(this, unit);

    /// <summary>The energy as a run-time <see cref="Quantity"/> in kilowatt hours (kWh), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(KilowattHours, Dimension);

    /// <summary>The exact sum of two energies.</summary>
    /// <param name="a">The first energy.</param>
    /// <param name="b">The second energy.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy operator +(Energy a, Energy b) => new(Arithmetic.Add(a.Joules, b.Joules));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The energy subtracted from.</param>
    /// <param name="b">The energy subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy operator -(Energy a, Energy b) => new(Arithmetic.Subtract(a.Joules, b.Joules));

    /// <summary>The energy scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The energy.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy operator *(Energy a, decimal factor) => new(Arithmetic.Multiply(a.Joules, factor));

    /// <summary>The energy scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The energy.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Energy operator *(decimal factor, Energy a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Energy a, Energy b) => BaseUnitQuantity.Divide<Energy, EnergyUnit>(a, b);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left energy.</param>
    /// <param name="b">The right energy.</param>
    public static bool operator <(Energy a, Energy b) => a.Joules < b.Joules;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left energy.</param>
    /// <param name="b">The right energy.</param>
    public static bool operator >(Energy a, Energy b) => a.Joules > b.Joules;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left energy.</param>
    /// <param name="b">The right energy.</param>
    public static bool operator <=(Energy a, Energy b) => a.Joules <= b.Joules;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left energy.</param>
    /// <param name="b">The right energy.</param>
    public static bool operator >=(Energy a, Energy b) => a.Joules >= b.Joules;

    /// <summary>The exact sum of this energy and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The energy to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Energy Add(Energy other) => this + other;

    /// <summary>This energy less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The energy to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Energy Subtract(Energy other) => this - other;

    /// <summary>This energy scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 joules); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Energy Multiply(decimal factor) => this * factor;

    /// <summary>Orders energies by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The energy to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Energy other) => Joules.CompareTo(other.Joules);

    /// <summary>The energy in MWh, exact with trailing zeros trimmed (e.g. "694400 MWh"), for messages and test failures.</summary>
    public override string ToString() => ToUnit(EnergyUnit.MegawattHour).ToExactString();
}
