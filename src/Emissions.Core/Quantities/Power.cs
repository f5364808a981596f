using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Power, stored exactly as watts; its canonical value (as a <see cref="Quantity"/>) is kilowatts, energy's kWh per hour.</summary>
public readonly partial record struct Power : IQuantity<Power, PowerUnit>, IComparable<Power>
{
    private Power(decimal canonical) => Watts = canonical;

    /// <summary>The dimension every Power has; a run-time <see cref="Quantity"/> must carry it to be read as a Power (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.PowerDim;

    /// <summary>Zero power (0 W), the same as <c>default</c>.</summary>
    public static Power Zero => default;

    /// <summary>The power in watts (W): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal Watts { get; }

    /// <summary>The power in units of the kilowatt (kW, 10³ W), the canonical power unit: exact to decimal's 28 significant digits, and the value of its <see cref="ToQuantity"/> form.</summary>
    public decimal Kilowatts => Watts / 1000m;

    /// <summary>The power in units of the megawatt (MW, 10⁶ W), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(PowerUnit.Megawatt)</c>.</summary>
    public decimal Megawatts => As(PowerUnit.Megawatt);

    /// <summary>The power in units of the gigawatt (GW, 10⁹ W), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(PowerUnit.Gigawatt)</c>.</summary>
    public decimal Gigawatts => As(PowerUnit.Gigawatt);

    decimal IQuantity<Power, PowerUnit>.CanonicalValue => Kilowatts;

    /// <summary>Makes a Power from its canonical value in kilowatts (kW), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in kilowatts (kW).</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power FromCanonical(decimal canonicalValue) => new(Arithmetic.Multiply(canonicalValue, 1000m));

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="PowerUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PowerUnit"/> value.</exception>
    public static string SymbolOf(PowerUnit unit) => unit switch
    {
        PowerUnit.Watt => "W",
        PowerUnit.Kilowatt => "kW",
        PowerUnit.Megawatt => "MW",
        PowerUnit.Gigawatt => "GW",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a Power from a value in <paramref name="unit"/>, converted exactly to watts (W) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PowerUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power From(decimal value, PowerUnit unit) => TypedQuantity.From<Power, PowerUnit>(value, unit);

    /// <summary>Makes a Power from a number of watts, the watt (W), how a power is stored; exact, the same as <c>From(value, PowerUnit.Watt)</c>.</summary>
    /// <param name="value">The value in watts.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power FromWatts(decimal value) => From(value, PowerUnit.Watt);

    /// <summary>Makes a Power from a number of kilowatts, the kilowatt (kW, 10³ W), the canonical power unit; exact, the same as <c>From(value, PowerUnit.Kilowatt)</c>.</summary>
    /// <param name="value">The value in kilowatts.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power FromKilowatts(decimal value) => From(value, PowerUnit.Kilowatt);

    /// <summary>Makes a Power from a number of megawatts, the megawatt (MW, 10⁶ W); exact, the same as <c>From(value, PowerUnit.Megawatt)</c>.</summary>
    /// <param name="value">The value in megawatts.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power FromMegawatts(decimal value) => From(value, PowerUnit.Megawatt);

    /// <summary>Makes a Power from a number of gigawatts, the gigawatt (GW, 10⁹ W); exact, the same as <c>From(value, PowerUnit.Gigawatt)</c>.</summary>
    /// <param name="value">The value in gigawatts.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power FromGigawatts(decimal value) => From(value, PowerUnit.Gigawatt);

    /// <summary>Reads a power as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a power unit in English or Chinese, e.g. "12 MW", "850 kW"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Power Parse(string text) => TypedQuantity.Parse<Power, PowerUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a power.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The power read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a power.</returns>
    public static bool TryParse(string text, out Power result) => TypedQuantity.TryParse<Power, PowerUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Power, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is power.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Power FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Power, PowerUnit>(quantity);

    /// <summary>The power in <paramref name="unit"/>, converted from watts (W) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PowerUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(PowerUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The power as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="PowerUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(PowerUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The power as a run-time <see cref="Quantity"/> in kilowatts (kW), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(Kilowatts, Dimension);

    /// <summary>The exact sum of two powers.</summary>
    /// <param name="a">The first power.</param>
    /// <param name="b">The second power.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power operator +(Power a, Power b) => new(Arithmetic.Add(a.Watts, b.Watts));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The power subtracted from.</param>
    /// <param name="b">The power subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power operator -(Power a, Power b) => new(Arithmetic.Subtract(a.Watts, b.Watts));

    /// <summary>The power scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The power.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power operator *(Power a, decimal factor) => new(Arithmetic.Multiply(a.Watts, factor));

    /// <summary>The power scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The power.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Power operator *(decimal factor, Power a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Power a, Power b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left power.</param>
    /// <param name="b">The right power.</param>
    public static bool operator <(Power a, Power b) => a.Watts < b.Watts;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left power.</param>
    /// <param name="b">The right power.</param>
    public static bool operator >(Power a, Power b) => a.Watts > b.Watts;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left power.</param>
    /// <param name="b">The right power.</param>
    public static bool operator <=(Power a, Power b) => a.Watts <= b.Watts;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left power.</param>
    /// <param name="b">The right power.</param>
    public static bool operator >=(Power a, Power b) => a.Watts >= b.Watts;

    /// <summary>The exact sum of this power and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The power to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Power Add(Power other) => this + other;

    /// <summary>This power less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The power to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Power Subtract(Power other) => this - other;

    /// <summary>This power scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 watts); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Power Multiply(decimal factor) => this * factor;

    /// <summary>Orders powers by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The power to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Power other) => Watts.CompareTo(other.Watts);

    /// <summary>The power in kW, exact with trailing zeros trimmed (e.g. "694400 kW"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, PowerUnit.Kilowatt);
}
