namespace Emissions.Quantities;

/// <summary>
/// How many canonical units one unit is, as an exact fraction. A fraction rather than a
/// decimal because some definitions are not terminating decimals (1 亩 = 10000/15 m²,
/// 1 tCO2 from 1 tC = 44/12, 1 J = 1/3,600,000 kWh): keeping numerator and denominator apart
/// makes 36,861 m² → 亩 exactly 55.2915 instead of a quotient by 666.6666….
/// Fractions are kept in lowest terms with whole numerator and denominator, so equal scales
/// compare equal ("GJ/MWh" and "MJ/kWh" are both 18/5).
/// </summary>
public readonly record struct UnitScale
{
    // Largest value that can still be multiplied by 10 without leaving the decimal range.
    private const decimal ShiftLimit = 7.9e27m;

    public UnitScale(decimal numerator, decimal denominator)
    {
        if (denominator == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "a unit scale cannot have a zero denominator");
        }

        (Numerator, Denominator) = Reduce(numerator, denominator);
    }

    public static readonly UnitScale One = new(1m, 1m);

    public decimal Numerator { get; }

    public decimal Denominator { get; }

    public static UnitScale Of(decimal factor) => new(factor, 1m);

    public static UnitScale operator *(UnitScale a, UnitScale b) =>
        new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static UnitScale operator /(UnitScale a, UnitScale b) =>
        new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public UnitScale Pow(int power)
    {
        var result = One;
        for (var i = 0; i < Math.Abs(power); i++)
        {
            result = power > 0 ? result * this : result / this;
        }

        return result;
    }

    /// <summary>Value in this unit → value in canonical units (multiply first, so exact scales stay exact).</summary>
    public decimal ToCanonical(decimal value) => Denominator == 1m ? value * Numerator : value * Numerator / Denominator;

    /// <summary>Value in canonical units → value in this unit.</summary>
    public decimal FromCanonical(decimal value) => Numerator == 1m ? value * Denominator : value * Denominator / Numerator;

    public decimal Factor => Numerator / Denominator;

    public void Deconstruct(out decimal numerator, out decimal denominator)
    {
        numerator = Numerator;
        denominator = Denominator;
    }

    public override string ToString() => Denominator == 1m
        ? DecimalText.Exact(Numerator)
        : $"{DecimalText.Exact(Numerator)}/{DecimalText.Exact(Denominator)}";

    private static (decimal Numerator, decimal Denominator) Reduce(decimal numerator, decimal denominator)
    {
        if (numerator == 0m)
        {
            return (0m, 1m);
        }

        if (denominator < 0m)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        // Whole numbers first (0.45359237/1 → 45359237/100000000), so that lowest terms are unique.
        while ((numerator != decimal.Truncate(numerator) || denominator != decimal.Truncate(denominator))
               && Math.Abs(numerator) < ShiftLimit && denominator < ShiftLimit)
        {
            numerator *= 10m;
            denominator *= 10m;
        }

        if (numerator != decimal.Truncate(numerator) || denominator != decimal.Truncate(denominator))
        {
            return (numerator, denominator);
        }

        var divisor = Gcd((UInt128)Math.Abs(numerator), (UInt128)denominator);
        if (divisor > 1)
        {
            numerator /= (decimal)divisor;
            denominator /= (decimal)divisor;
        }

        // Strip the scale a decimal keeps from the multiplications (100.000 → 100), so equal scales print alike.
        return (numerator / 1.000000000000000000000000000000m, denominator / 1.000000000000000000000000000000m);
    }

    private static UInt128 Gcd(UInt128 a, UInt128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
