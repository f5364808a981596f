namespace Emissions.Quantities;

/// <summary>Decimal arithmetic that reports overflow as a <see cref="QuantityException"/>, without allocating on the way.</summary>
internal static class Arithmetic
{
    public static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static decimal Subtract(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static decimal Divide(decimal a, decimal b)
    {
        try
        {
            return a / b;
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static decimal ToCanonical(UnitScale scale, decimal value)
    {
        try
        {
            return scale.ToCanonical(value);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    public static decimal FromCanonical(UnitScale scale, decimal value)
    {
        try
        {
            return scale.FromCanonical(value);
        }
        catch (OverflowException)
        {
            throw Overflow();
        }
    }

    /// <summary>The error an overflowing addition or product reports; for loops that catch <see cref="OverflowException"/> once around many operations.</summary>
    public static QuantityException Overflow() =>
        new(QuantityError.Overflow, "value out of range: decimal arithmetic overflowed (more than 7.9e28 in canonical units)");

    /// <summary>The error an overflowing computation of <paramref name="figure"/> reports, naming it.</summary>
    public static QuantityException Overflow(string figure) =>
        new(QuantityError.Overflow, $"value out of range: {figure} overflowed decimal arithmetic (more than 7.9e28 in canonical units)");
}
