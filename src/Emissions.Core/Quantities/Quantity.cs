namespace Emissions.Quantities;

/// <summary>
/// A quantity of any kind: an exact decimal in the canonical unit of its dimension. This is the
/// form the metric evaluators compute with, where kinds are only known at run time; the typed
/// structs (<see cref="Energy"/>, <see cref="Mass"/> …) wrap it where kinds are known at compile time.
/// </summary>
public readonly record struct Quantity(decimal CanonicalValue, Dimension Dimension) : IComparable<Quantity>
{
    /// <summary>The quantity <paramref name="value"/> <paramref name="unit"/> in its canonical unit, by the unit's exact scale ("69.44 万t" is 694,400,000 kg).</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit, e.g. from <see cref="Unit.Parse"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="QuantityException">The canonical value is beyond decimal's range (code <c>overflow</c>).</exception>
    public static Quantity From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new Quantity(Arithmetic.ToCanonical(unit.Scale, value), unit.Dimension);
    }

    /// <summary>As <see cref="From(decimal, Unit)"/>, with the unit given as text in any spelling the catalogue reads ("MWh", "兆瓦时", "tCO2e/MWh").</summary>
    /// <param name="value">The value as written in <paramref name="unit"/>.</param>
    /// <param name="unit">The unit's text.</param>
    /// <exception cref="QuantityException">The unit is unknown (code <c>unknown-unit</c>, with suggestions) or the value overflows.</exception>
    public static Quantity From(decimal value, string unit) => From(value, UnitParser.Parse(unit));

    /// <summary>A dimensionless quantity (a share, a PUE), stored as given.</summary>
    /// <param name="value">The ratio as a plain number (0.08 for 8 %).</param>
    public static Quantity Ratio(decimal value) => new(value, Dimension.None);

    /// <summary>The kind's name as messages print it ("Energy", "Co2e/Energy").</summary>
    public string Kind => Dimension.ToString();

    /// <summary>The value expressed in <paramref name="unit"/>; the kinds must match.</summary>
    public decimal As(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.Dimension != Dimension)
        {
            throw new QuantityException(QuantityError.WrongKind, $"cannot express {Kind} in '{unit.Symbol}' ({unit.Kind})");
        }

        return Arithmetic.FromCanonical(unit.Scale, CanonicalValue);
    }

    /// <summary>As <see cref="As(Unit)"/>, with the unit given as text ("MWh", "tCO2/MWh").</summary>
    /// <param name="unit">The unit's text.</param>
    /// <exception cref="QuantityException">The unit is unknown, of another kind (code <c>wrong-kind</c>), or the value overflows in it.</exception>
    public decimal As(string unit) => As(UnitParser.Parse(unit));

    /// <summary>The quantity as a <see cref="Measurement"/> in <paramref name="unit"/>, with the value of <see cref="As(Unit)"/>.</summary>
    /// <param name="unit">A unit of this quantity's kind.</param>
    /// <exception cref="QuantityException">The unit is of another kind (code <c>wrong-kind</c>) or the value overflows in it.</exception>
    public Measurement ToUnit(Unit unit) => new(As(unit), unit);

    /// <summary>The exact sum of two quantities of the same kind.</summary>
    /// <param name="a">The first quantity.</param>
    /// <param name="b">The second quantity, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>, naming both) or the sum overflows.</exception>
    public static Quantity operator +(Quantity a, Quantity b)
    {
        Same("add", a, b);
        return new Quantity(Arithmetic.Add(a.CanonicalValue, b.CanonicalValue), a.Dimension);
    }

    /// <summary>The exact difference of two quantities of the same kind.</summary>
    /// <param name="a">The quantity subtracted from.</param>
    /// <param name="b">The quantity subtracted, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>, naming both) or the difference overflows.</exception>
    public static Quantity operator -(Quantity a, Quantity b)
    {
        Same("subtract", a, b);
        return new Quantity(Arithmetic.Subtract(a.CanonicalValue, b.CanonicalValue), a.Dimension);
    }

    /// <summary>The quantity with its sign reversed (exact; decimal's range is symmetric).</summary>
    /// <param name="a">The quantity.</param>
    public static Quantity operator -(Quantity a) => a with { CanonicalValue = -a.CanonicalValue };

    /// <summary>The exact product, with the kinds multiplied (energy × CO2e/energy is CO2e).</summary>
    /// <param name="a">The first factor.</param>
    /// <param name="b">The second factor.</param>
    /// <exception cref="QuantityException">The product or its dimension overflows.</exception>
    public static Quantity operator *(Quantity a, Quantity b) =>
        new(Arithmetic.Multiply(a.CanonicalValue, b.CanonicalValue), a.Dimension * b.Dimension);

    /// <summary>The quantity scaled by a plain number, exactly; the kind is kept.</summary>
    /// <param name="a">The quantity.</param>
    /// <param name="b">The number to scale by.</param>
    /// <exception cref="QuantityException">The product overflows (code <c>overflow</c>).</exception>
    public static Quantity operator *(Quantity a, decimal b) => a with { CanonicalValue = Arithmetic.Multiply(a.CanonicalValue, b) };

    /// <summary>The quotient, with the kinds divided (CO2e / persons is a per-employee intensity); exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/> is zero (code <c>division-by-zero</c>), or the quotient overflows.</exception>
    public static Quantity operator /(Quantity a, Quantity b)
    {
        if (b.CanonicalValue == 0m)
        {
            throw new QuantityException(QuantityError.DivisionByZero, $"division by a zero {b.Kind}");
        }

        return new Quantity(Arithmetic.Divide(a.CanonicalValue, b.CanonicalValue), a.Dimension / b.Dimension);
    }

    /// <summary>Whether <paramref name="a"/> is less than <paramref name="b"/>, compared exactly in canonical units.</summary>
    /// <param name="a">The left quantity.</param>
    /// <param name="b">The right quantity, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>).</exception>
    public static bool operator <(Quantity a, Quantity b) => a.CompareTo(b) < 0;

    /// <summary>Whether <paramref name="a"/> is greater than <paramref name="b"/>, compared exactly in canonical units.</summary>
    /// <param name="a">The left quantity.</param>
    /// <param name="b">The right quantity, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>).</exception>
    public static bool operator >(Quantity a, Quantity b) => a.CompareTo(b) > 0;

    /// <summary>Whether <paramref name="a"/> is at most <paramref name="b"/>, compared exactly in canonical units.</summary>
    /// <param name="a">The left quantity.</param>
    /// <param name="b">The right quantity, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>).</exception>
    public static bool operator <=(Quantity a, Quantity b) => a.CompareTo(b) <= 0;

    /// <summary>Whether <paramref name="a"/> is at least <paramref name="b"/>, compared exactly in canonical units.</summary>
    /// <param name="a">The left quantity.</param>
    /// <param name="b">The right quantity, of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>).</exception>
    public static bool operator >=(Quantity a, Quantity b) => a.CompareTo(b) >= 0;

    /// <summary>Orders two quantities of the same kind by exact canonical value.</summary>
    /// <param name="other">A quantity of the same kind.</param>
    /// <returns>Negative, zero or positive as this is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="QuantityException">The kinds differ (code <c>incompatible-kinds</c>): quantities of different kinds have no order.</exception>
    public int CompareTo(Quantity other)
    {
        Same("compare", this, other);
        return CanonicalValue.CompareTo(other.CanonicalValue);
    }

    /// <summary>The named form of <c>+</c>: the exact sum with <paramref name="other"/>.</summary>
    /// <param name="other">A quantity of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ or the sum overflows.</exception>
    public Quantity Add(Quantity other) => this + other;

    /// <summary>The named form of <c>-</c>: this less <paramref name="other"/>, exactly.</summary>
    /// <param name="other">A quantity of the same kind.</param>
    /// <exception cref="QuantityException">The kinds differ or the difference overflows.</exception>
    public Quantity Subtract(Quantity other) => this - other;

    /// <summary>The named form of <c>*</c>: the product with <paramref name="other"/>, kinds multiplied.</summary>
    /// <param name="other">The other factor.</param>
    /// <exception cref="QuantityException">The product or its dimension overflows.</exception>
    public Quantity Multiply(Quantity other) => this * other;

    /// <summary>The named form of <c>/</c>: this divided by <paramref name="other"/>, kinds divided.</summary>
    /// <param name="other">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="other"/> is zero or the quotient overflows.</exception>
    public Quantity Divide(Quantity other) => this / other;

    /// <summary>The named form of unary <c>-</c>: the quantity with its sign reversed.</summary>
    public Quantity Negate() => -this;

    /// <summary>The exact canonical value and the kind, e.g. "694400000 [Mass]", for messages and test failures.</summary>
    public override string ToString() => $"{DecimalText.Exact(CanonicalValue)} [{Kind}]";

    internal static void Same(string operation, Quantity a, Quantity b)
    {
        if (a.Dimension != b.Dimension)
        {
            throw QuantityErrors.Incompatible(operation, a.Dimension, b.Dimension);
        }
    }
}
