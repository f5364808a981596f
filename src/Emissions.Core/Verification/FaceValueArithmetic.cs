using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Exact decimal arithmetic on quantities for face-value recomputations, like
/// <see cref="ExactArithmetic"/> (same kind checks and errors) but without a delegate per
/// operation, since the checker runs it for every relation and every implied value.
/// </summary>
internal sealed class FaceValueArithmetic : IArithmetic<Quantity>
{
    public static readonly FaceValueArithmetic Instance = new();

    public Quantity Constant(Quantity value) => value;

    public Quantity Add(Quantity left, Quantity right)
    {
        Same("add", left, right);
        try
        {
            return new Quantity(left.CanonicalValue + right.CanonicalValue, left.Dimension);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public Quantity Subtract(Quantity left, Quantity right)
    {
        Same("subtract", left, right);
        try
        {
            return new Quantity(left.CanonicalValue - right.CanonicalValue, left.Dimension);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public Quantity Multiply(Quantity left, Quantity right)
    {
        try
        {
            return new Quantity(left.CanonicalValue * right.CanonicalValue, left.Dimension * right.Dimension);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public Quantity Divide(Quantity left, Quantity right)
    {
        if (right.CanonicalValue == 0m)
        {
            throw new QuantityException(QuantityError.DivisionByZero, $"division by a zero {right.Kind}");
        }

        try
        {
            return new Quantity(left.CanonicalValue / right.CanonicalValue, left.Dimension / right.Dimension);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public Quantity Negate(Quantity value) => new(-value.CanonicalValue, value.Dimension);

    private static void Same(string operation, Quantity a, Quantity b)
    {
        if (a.Dimension != b.Dimension)
        {
            throw new QuantityException(QuantityError.IncompatibleKinds, $"cannot {operation} {a.Dimension} and {b.Dimension}");
        }
    }

    private static QuantityException Overflow() =>
        new(QuantityError.Overflow, "value out of range: decimal arithmetic overflowed (more than 7.9e28 in canonical units)");
}
