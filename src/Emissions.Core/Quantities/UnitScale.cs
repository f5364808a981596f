namespace Emissions.Quantities;

/// <summary>
/// How many canonical units one unit is, as an exact fraction. A fraction rather than a
/// decimal because some definitions are not terminating decimals (1 亩 = 10000/15 m²,
/// 1 tCO2 from 1 tC = 44/12, 1 J = 1/3,600,000 kWh): keeping numerator and denominator apart
/// makes 36,861 m² → 亩 exactly 55.2915 instead of a quotient by 666.6666….
/// Fractions are kept in lowest terms with whole numerator and denominator, so equal scales
/// compare equal ("GJ/MWh" and "MJ/kWh" are both 5/18).
/// </summary>
internal readonly record struct UnitScale
{
    // Declared before One: static fields initialize in order, and One is reduced with it.
    private static readonly UInt128 MaxMantissa = (UInt128)decimal.MaxValue;

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
        new(Product(a.Numerator, b.Numerator), Product(a.Denominator, b.Denominator));

    public static UnitScale operator /(UnitScale a, UnitScale b) =>
        new(Product(a.Numerator, b.Denominator), Product(a.Denominator, b.Numerator));

    /// <summary>
    /// The scale to an integer power by repeated squaring (at most 2·log₂|power| products, so t^2147483647
    /// costs 62 steps, not two billion); a result beyond decimal's range is an overflow error.
    /// </summary>
    public UnitScale Pow(int power)
    {
        var result = One;
        var square = this;
        var remaining = Math.Abs((long)power);
        while (remaining > 0)
        {
            if ((remaining & 1) == 1)
            {
                result *= square;
            }

            remaining >>= 1;
            if (remaining > 0)
            {
                square *= square;
            }
        }

        return power < 0 ? One / result : result;
    }

    // decimal throws on overflow; a unit whose scale leaves decimal's range is the caller's error, not the service's.
    private static decimal Product(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            throw new QuantityException(QuantityError.Overflow,
                "a unit's scale is out of range (its exact factor to the canonical unit exceeds 7.9e28)",
                "a unit whose exact factor to its canonical unit is at most 7.9e28");
        }
    }

    /// <summary>
    /// Value in this unit → value in canonical units (multiply first, so exact scales stay exact). When the product
    /// overflows but the result fits (2e18 Btu → kWh), it is computed as an exact rational and rounded once.
    /// </summary>
    public decimal ToCanonical(decimal value)
    {
        try
        {
            return Denominator == 1m ? value * Numerator : value * Numerator / Denominator;
        }
        catch (OverflowException)
        {
            return ExactRatio.MultiplyDivide(value, Numerator, Denominator);
        }
    }

    /// <summary>Value in canonical units → value in this unit (as <see cref="ToCanonical"/>, the other way).</summary>
    public decimal FromCanonical(decimal value)
    {
        try
        {
            return Numerator == 1m ? value * Denominator : value * Denominator / Numerator;
        }
        catch (OverflowException)
        {
            return ExactRatio.MultiplyDivide(value, Denominator, Numerator);
        }
    }

    /// <summary>Whether <paramref name="result"/> is exactly <paramref name="value"/> in canonical units: false when decimal's 28 digits rounded it.</summary>
    public bool IsExactCanonical(decimal value, decimal result) => ExactRatio.IsExact(value, Numerator, Denominator, result);

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

        // A decimal is mantissa × 10^-scale, so n/d = (mantissa(n) × 10^scale(d)) / (mantissa(d) × 10^scale(n)):
        // whole numbers (0.45359237/1 → 45359237/100000000) whose lowest terms are unique.
        var (n, nScale) = Mantissa(numerator);
        var (d, dScale) = Mantissa(denominator);
        var common = Math.Min(nScale, dScale);
        if (!TryShift(ref n, dScale - common) || !TryShift(ref d, nScale - common))
        {
            return (numerator, denominator);
        }

        var divisor = Divisors.Gcd(n, d);
        n /= divisor;
        d /= divisor;
        if (n > MaxMantissa || d > MaxMantissa)
        {
            return (numerator, denominator);
        }

        return (numerator < 0m ? -(decimal)n : (decimal)n, (decimal)d);
    }

    private static (UInt128 Mantissa, int Scale) Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var low = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        return (new UInt128((uint)bits[2], low), value.Scale);
    }

    private static bool TryShift(ref UInt128 value, int powerOfTen)
    {
        for (var i = 0; i < powerOfTen; i++)
        {
            if (value > UInt128.MaxValue / 10)
            {
                return false;
            }

            value *= 10;
        }

        return true;
    }
}
