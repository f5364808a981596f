namespace Emissions.Quantities;

/// <summary>
/// A quantity of any kind: an exact decimal in the canonical unit of its dimension. This is the
/// form the metric evaluators compute with, where kinds are only known at run time; the typed
/// structs (<see cref="Energy"/>, <see cref="Mass"/> …) wrap it where kinds are known at compile time.
/// </summary>
public readonly record struct Quantity(decimal CanonicalValue, Dimension Dimension) : IComparable<Quantity>
{
    public static Quantity From(decimal value, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new Quantity(Arithmetic.ToCanonical(unit.Scale, value), unit.Dimension);
    }

    public static Quantity From(decimal value, string unit) => From(value, UnitParser.Parse(unit));

    public static Quantity Ratio(decimal value) => new(value, Dimension.None);

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

    public decimal As(string unit) => As(UnitParser.Parse(unit));

    public Measurement ToUnit(Unit unit) => new(As(unit), unit);

    public static Quantity operator +(Quantity a, Quantity b)
    {
        Same("add", a, b);
        return new Quantity(Arithmetic.Add(a.CanonicalValue, b.CanonicalValue), a.Dimension);
    }

    public static Quantity operator -(Quantity a, Quantity b)
    {
        Same("subtract", a, b);
        return new Quantity(Arithmetic.Subtract(a.CanonicalValue, b.CanonicalValue), a.Dimension);
    }

    public static Quantity operator -(Quantity a) => a with { CanonicalValue = -a.CanonicalValue };

    public static Quantity operator *(Quantity a, Quantity b) =>
        new(Arithmetic.Multiply(a.CanonicalValue, b.CanonicalValue), a.Dimension * b.Dimension);

    public static Quantity operator *(Quantity a, decimal b) => a with { CanonicalValue = Arithmetic.Multiply(a.CanonicalValue, b) };

    public static Quantity operator /(Quantity a, Quantity b)
    {
        if (b.CanonicalValue == 0m)
        {
            throw new QuantityException(QuantityError.DivisionByZero, $"division by a zero {b.Kind}");
        }

        return new Quantity(Arithmetic.Divide(a.CanonicalValue, b.CanonicalValue), a.Dimension / b.Dimension);
    }

    public static bool operator <(Quantity a, Quantity b) => a.CompareTo(b) < 0;

    public static bool operator >(Quantity a, Quantity b) => a.CompareTo(b) > 0;

    public static bool operator <=(Quantity a, Quantity b) => a.CompareTo(b) <= 0;

    public static bool operator >=(Quantity a, Quantity b) => a.CompareTo(b) >= 0;

    public int CompareTo(Quantity other)
    {
        Same("compare", this, other);
        return CanonicalValue.CompareTo(other.CanonicalValue);
    }

    public Quantity Add(Quantity other) => this + other;

    public Quantity Subtract(Quantity other) => this - other;

    public Quantity Multiply(Quantity other) => this * other;

    public Quantity Divide(Quantity other) => this / other;

    public Quantity Negate() => -this;

    public override string ToString() => $"{DecimalText.Exact(CanonicalValue)} [{Kind}]";

    internal static void Same(string operation, Quantity a, Quantity b)
    {
        if (a.Dimension != b.Dimension)
        {
            throw QuantityErrors.Incompatible(operation, a.Dimension, b.Dimension);
        }
    }

    internal static decimal Checked(Func<decimal> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException)
        {
            throw new QuantityException(QuantityError.Overflow, "value out of range: decimal arithmetic overflowed (more than 7.9e28 in canonical units)");
        }
    }
}
