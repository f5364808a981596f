using System.Diagnostics.CodeAnalysis;

namespace Emissions.Quantities;

/// <summary>Co2e, stored exactly as KilogramsCo2e (its canonical unit).</summary>
public readonly partial record struct Co2e : IQuantity<Co2e, Co2eUnit>, IComparable<Co2e>
{
    private Co2e(decimal canonical) => KilogramsCo2e = canonical;

    /// <summary>The dimension every Co2e has; a run-time <see cref="Quantity"/> must carry it to be read as a Co2e (<see cref="FromQuantity"/>).</summary>
    public static Dimension Dimension => Dimension.Co2eDim;

    /// <summary>Zero CO2e amount (0 kgCO2e), the same as <c>default</c>.</summary>
    public static Co2e Zero => default;

    /// <summary>The CO2e amount in kilograms of CO2 equivalent (kgCO2e): the stored value, exactly as made or parsed (every other unit is converted from it).</summary>
    public decimal KilogramsCo2e { get; }

    /// <summary>The CO2e amount in units of the gram of CO2 equivalent (gCO2e), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(Co2eUnit.GramCo2e)</c>.</summary>
    public decimal GramsCo2e => As(Co2eUnit.GramCo2e);

    /// <summary>The CO2e amount in units of the tonne of CO2 equivalent (tCO2e, 1,000 kgCO2e; 吨二氧化碳当量), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(Co2eUnit.TonneCo2e)</c>.</summary>
    public decimal TonnesCo2e => As(Co2eUnit.TonneCo2e);

    /// <summary>The CO2e amount in units of the kilotonne of CO2 equivalent (ktCO2e, 10⁶ kgCO2e), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(Co2eUnit.KilotonneCo2e)</c>.</summary>
    public decimal KilotonnesCo2e => As(Co2eUnit.KilotonneCo2e);

    /// <summary>The CO2e amount in units of the megatonne of CO2 equivalent (MtCO2e, 10⁹ kgCO2e), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(Co2eUnit.MegatonneCo2e)</c>.</summary>
    public decimal MegatonnesCo2e => As(Co2eUnit.MegatonneCo2e);

    /// <summary>The CO2e amount in units of the pound of CO2 equivalent (lbCO2e, exactly 0.45359237 kgCO2e), exact (decimal, no rounding beyond decimal's 28 digits); the same as <c>As(Co2eUnit.PoundCo2e)</c>.</summary>
    public decimal PoundsCo2e => As(Co2eUnit.PoundCo2e);

    decimal IQuantity<Co2e, Co2eUnit>.CanonicalValue => KilogramsCo2e;

    /// <summary>Makes a Co2e from its canonical value in kilograms of CO2e (kgCO2e), the unit of its <see cref="Quantity"/> form; what generic code over <see cref="IQuantity{TSelf, TUnit}"/> calls.</summary>
    /// <param name="canonicalValue">The value in kilograms of CO2e (kgCO2e).</param>
    public static Co2e FromCanonical(decimal canonicalValue) => new(canonicalValue);

    /// <summary>The catalogue symbol of <paramref name="unit"/>, the spelling <see cref="Parse"/> and <see cref="Unit.Parse"/> read back as that unit.</summary>
    /// <param name="unit">A defined <see cref="Co2eUnit"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Co2eUnit"/> value.</exception>
    public static string SymbolOf(Co2eUnit unit) => unit switch
    {
        Co2eUnit.GramCo2e => "gCO2e",
        Co2eUnit.KilogramCo2e => "kgCO2e",
        Co2eUnit.TonneCo2e => "tCO2e",
        Co2eUnit.KilotonneCo2e => "ktCO2e",
        Co2eUnit.MegatonneCo2e => "MtCO2e",
        Co2eUnit.PoundCo2e => "lbCO2e",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Makes a Co2e from a value in <paramref name="unit"/>, converted exactly to kilograms of CO2 equivalent (kgCO2e) (no rounding unless the ratio of the units does not terminate within decimal's 28 digits).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>; negative values are kept (a correction or a net figure).</param>
    /// <param name="unit">The unit <paramref name="value"/> is in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Co2eUnit"/> value.</exception>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e From(decimal value, Co2eUnit unit) => TypedQuantity.From<Co2e, Co2eUnit>(value, unit);

    /// <summary>Makes a Co2e from a number of kilograms CO2e, the kilogram of CO2 equivalent (kgCO2e), the canonical unit; exact, the same as <c>From(value, Co2eUnit.KilogramCo2e)</c>.</summary>
    /// <param name="value">The value in kilograms CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromKilogramsCo2e(decimal value) => From(value, Co2eUnit.KilogramCo2e);

    /// <summary>Makes a Co2e from a number of tonnes CO2e, the tonne of CO2 equivalent (tCO2e, 1,000 kgCO2e; 吨二氧化碳当量); exact, the same as <c>From(value, Co2eUnit.TonneCo2e)</c>.</summary>
    /// <param name="value">The value in tonnes CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromTonnesCo2e(decimal value) => From(value, Co2eUnit.TonneCo2e);

    /// <summary>Makes a Co2e from a number of grams CO2e, the gram of CO2 equivalent (gCO2e); exact, the same as <c>From(value, Co2eUnit.GramCo2e)</c>.</summary>
    /// <param name="value">The value in grams CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromGramsCo2e(decimal value) => From(value, Co2eUnit.GramCo2e);

    /// <summary>Makes a Co2e from a number of kilotonnes CO2e, the kilotonne of CO2 equivalent (ktCO2e, 10⁶ kgCO2e); exact, the same as <c>From(value, Co2eUnit.KilotonneCo2e)</c>.</summary>
    /// <param name="value">The value in kilotonnes CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromKilotonnesCo2e(decimal value) => From(value, Co2eUnit.KilotonneCo2e);

    /// <summary>Makes a Co2e from a number of megatonnes CO2e, the megatonne of CO2 equivalent (MtCO2e, 10⁹ kgCO2e); exact, the same as <c>From(value, Co2eUnit.MegatonneCo2e)</c>.</summary>
    /// <param name="value">The value in megatonnes CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromMegatonnesCo2e(decimal value) => From(value, Co2eUnit.MegatonneCo2e);

    /// <summary>Makes a Co2e from a number of pounds CO2e, the pound of CO2 equivalent (lbCO2e, exactly 0.45359237 kgCO2e); exact, the same as <c>From(value, Co2eUnit.PoundCo2e)</c>.</summary>
    /// <param name="value">The value in pounds CO2e.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e FromPoundsCo2e(decimal value) => From(value, Co2eUnit.PoundCo2e);

    /// <summary>Reads a CO2e amount as a report prints it: a number (thousands separators, Chinese scale words such as 万 and 亿) and a CO2e amount unit in English or Chinese, e.g. "69.44 萬噸CO2e", "12,345 tCO2e"; the value is converted exactly (ADR 0001).</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <exception cref="QuantityException">The text is not a number followed by a known unit, the unit is of another kind (code <c>wrong-kind</c>, naming the value, its kind and the expected one), or the value overflows; the message names the text.</exception>
    public static Co2e Parse(string text) => TypedQuantity.Parse<Co2e, Co2eUnit>(text);

    /// <summary>Like <see cref="Parse"/>, but answers false instead of throwing a <see cref="QuantityException"/> for text that is not a CO2e amount.</summary>
    /// <param name="text">The printed figure with its unit.</param>
    /// <param name="result">The CO2e amount read, or <c>default</c> (zero) when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a CO2e amount.</returns>
    public static bool TryParse(string text, out Co2e result) => TypedQuantity.TryParse<Co2e, Co2eUnit>(text, out result);

    /// <summary>Reads a run-time <see cref="Quantity"/> (for example a calculation's <c>MetricValue.Quantity</c>) as a Co2e, exactly.</summary>
    /// <param name="quantity">A quantity whose dimension is CO2e amount.</param>
    /// <exception cref="QuantityException">The quantity is of another kind (code <c>wrong-kind</c>, naming both kinds).</exception>
    public static Co2e FromQuantity(Quantity quantity) => TypedQuantity.FromQuantity<Co2e, Co2eUnit>(quantity);

    /// <summary>The CO2e amount in <paramref name="unit"/>, converted from kilograms of CO2 equivalent (kgCO2e) by one exact ratio; exact unless the ratio does not terminate within decimal's 28 significant digits (then rounded at the 28th).</summary>
    /// <param name="unit">The unit to read the value in.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Co2eUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public decimal As(Co2eUnit unit) => TypedQuantity.As(this, unit);

    /// <summary>The CO2e amount as a <see cref="Measurement"/> in <paramref name="unit"/> (value and unit, as a report would print it), with the value of <see cref="As"/>.</summary>
    /// <param name="unit">The unit of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined <see cref="Co2eUnit"/> value.</exception>
    /// <exception cref="QuantityException">The converted value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Measurement ToUnit(Co2eUnit unit) => TypedQuantity.ToUnit(this, unit);

    /// <summary>The CO2e amount as a run-time <see cref="Quantity"/> in kilograms of CO2e (kgCO2e), the form the calculation and the checker work on; exact.</summary>
    public Quantity ToQuantity() => new(KilogramsCo2e, Dimension);

    /// <summary>The exact sum of two CO2e amounts.</summary>
    /// <param name="a">The first CO2e amount.</param>
    /// <param name="b">The second CO2e amount.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e operator +(Co2e a, Co2e b) => new(Arithmetic.Add(a.KilogramsCo2e, b.KilogramsCo2e));

    /// <summary>The exact difference <paramref name="a"/> − <paramref name="b"/>; negative when <paramref name="b"/> is larger.</summary>
    /// <param name="a">The CO2e amount subtracted from.</param>
    /// <param name="b">The CO2e amount subtracted.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e operator -(Co2e a, Co2e b) => new(Arithmetic.Subtract(a.KilogramsCo2e, b.KilogramsCo2e));

    /// <summary>The CO2e amount scaled by a plain number, exactly (decimal multiplication).</summary>
    /// <param name="a">The CO2e amount.</param>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e operator *(Co2e a, decimal factor) => new(Arithmetic.Multiply(a.KilogramsCo2e, factor));

    /// <summary>The CO2e amount scaled by a plain number, exactly; the same as <c>a * factor</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <param name="a">The CO2e amount.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public static Co2e operator *(decimal factor, Co2e a) => a * factor;

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, as a <see cref="Ratio"/> (a share or a PUE), exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    [SuppressMessage("Usage", "CA2225", Justification = "Division of like quantities is a Ratio; Quantity.Divide is the named alternative.")]
    public static Ratio operator /(Co2e a, Co2e b) => Ratio.FromDecimalFraction((a.ToQuantity() / b.ToQuantity()).CanonicalValue);

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left CO2e amount.</param>
    /// <param name="b">The right CO2e amount.</param>
    public static bool operator <(Co2e a, Co2e b) => a.KilogramsCo2e < b.KilogramsCo2e;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left CO2e amount.</param>
    /// <param name="b">The right CO2e amount.</param>
    public static bool operator >(Co2e a, Co2e b) => a.KilogramsCo2e > b.KilogramsCo2e;

    /// <summary>Whether <paramref name="a"/> is less than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left CO2e amount.</param>
    /// <param name="b">The right CO2e amount.</param>
    public static bool operator <=(Co2e a, Co2e b) => a.KilogramsCo2e <= b.KilogramsCo2e;

    /// <summary>Whether <paramref name="a"/> is greater than or equal to <paramref name="b"/>, compared exactly whatever units they were made in.</summary>
    /// <param name="a">The left CO2e amount.</param>
    /// <param name="b">The right CO2e amount.</param>
    public static bool operator >=(Co2e a, Co2e b) => a.KilogramsCo2e >= b.KilogramsCo2e;

    /// <summary>The exact sum of this CO2e amount and <paramref name="other"/>; the named form of <c>+</c>.</summary>
    /// <param name="other">The CO2e amount to add.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Co2e Add(Co2e other) => this + other;

    /// <summary>This CO2e amount less <paramref name="other"/>, exactly; the named form of <c>-</c>.</summary>
    /// <param name="other">The CO2e amount to subtract.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Co2e Subtract(Co2e other) => this - other;

    /// <summary>This CO2e amount scaled by <paramref name="factor"/>, exactly; the named form of <c>*</c>.</summary>
    /// <param name="factor">The number to scale by.</param>
    /// <exception cref="QuantityException">The result is beyond decimal's range (about 7.9e28 kilograms of CO2 equivalent); the error code is <c>overflow</c>, nothing is rounded.</exception>
    public Co2e Multiply(decimal factor) => this * factor;

    /// <summary>Orders CO2e amounts by their exact value, whatever units they were made in.</summary>
    /// <param name="other">The CO2e amount to compare with.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(Co2e other) => KilogramsCo2e.CompareTo(other.KilogramsCo2e);

    /// <summary>The CO2e amount in tCO2e, exact with trailing zeros trimmed (e.g. "694400 tCO2e"), for messages and test failures.</summary>
    public override string ToString() => TypedQuantity.Format(this, Co2eUnit.TonneCo2e);
}
