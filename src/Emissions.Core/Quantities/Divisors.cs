namespace Emissions.Quantities;

/// <summary>Greatest common divisors of whole numbers: exact unit ratios reduce with them, and the check's quotient test reads one.</summary>
internal static class Divisors
{
    /// <summary>The greatest common divisor of <paramref name="a"/> and <paramref name="b"/> (Euclid; 0 and 0 give 0).</summary>
    public static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>The same for 128-bit numbers: 128-bit remainders only until both fit 64 bits.</summary>
    public static UInt128 Gcd(UInt128 a, UInt128 b)
    {
        while (b > ulong.MaxValue || a > ulong.MaxValue)
        {
            if (b == 0)
            {
                return a;
            }

            (a, b) = (b, a % b);
        }

        return Gcd((ulong)a, (ulong)b);
    }
}
