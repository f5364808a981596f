namespace Emissions.Quantities;

/// <summary>
/// How many canonical units one unit is, as an exact fraction. A fraction rather than a
/// decimal because some definitions are not terminating decimals (1 亩 = 10000/15 m²,
/// 1 tCO2 from 1 tC = 44/12): keeping numerator and denominator apart makes
/// 36,861 m² → 亩 exactly 55.2915 instead of a quotient by 666.6666….
/// </summary>
public readonly record struct UnitScale(decimal Numerator, decimal Denominator)
{
    public static readonly UnitScale One = new(1m, 1m);

    public static UnitScale Of(decimal factor) => new(factor, 1m);

    public static UnitScale operator *(UnitScale a, UnitScale b) =>
        Normalize(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static UnitScale operator /(UnitScale a, UnitScale b) =>
        Normalize(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

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

    private static UnitScale Normalize(decimal numerator, decimal denominator)
    {
        // Cancel common powers of ten so that chains of SI prefixes stay small and exact.
        while (numerator % 10m == 0m && denominator % 10m == 0m && numerator != 0m)
        {
            numerator /= 10m;
            denominator /= 10m;
        }

        if (denominator != 1m && numerator % denominator == 0m)
        {
            return new UnitScale(numerator / denominator, 1m);
        }

        return new UnitScale(numerator, denominator);
    }
}
