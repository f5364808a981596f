namespace Emissions.Verification;

/// <summary>
/// A decimal sum worked out on the integer mantissas when it is exact: both operands at the larger scale, added or
/// subtracted in 128 bits, and the result taken when it fits in 96 bits. Decimal addition gives then exactly that
/// decimal (the sum at the larger scale, the sign of the larger magnitude), which is all an outward-rounded bound needs:
/// an exact sum is its own bound. The runtime's addition aligns mantissas of full 96 bits (bounds converted from GJ,
/// ÷ 3.6) digit group by digit group in a 192-bit buffer; here it is one 128-bit product.
/// </summary>
internal static class ExactSum
{
    /// <summary>
    /// a + b when the aligned operands and their sum fit in 96 bits and the sum is not zero (decimal addition's zero
    /// takes its sign and scale by rules of its own); false otherwise, and the caller adds in decimal.
    /// </summary>
    public static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        var (scaleA, scaleB) = (a.Scale, b.Scale);
        var (highA, lowA) = DecimalBits.Mantissa(a);
        var (highB, lowB) = DecimalBits.Mantissa(b);
        var x = new UInt128(highA, lowA);
        var y = new UInt128(highB, lowB);
        var scale = scaleA;
        if (scaleA < scaleB)
        {
            scale = scaleB;
            if (!TryAlign(ref x, scaleB - scaleA))
            {
                sum = 0m;
                return false;
            }
        }
        else if (scaleB < scaleA && !TryAlign(ref y, scaleA - scaleB))
        {
            sum = 0m;
            return false;
        }

        var negativeA = decimal.IsNegative(a);
        var negativeB = decimal.IsNegative(b);
        UInt128 m;
        bool negative;
        if (negativeA == negativeB)
        {
            (m, negative) = (x + y, negativeA);
        }
        else if (x >= y)
        {
            (m, negative) = (x - y, negativeA);
        }
        else
        {
            (m, negative) = (y - x, negativeB);
        }

        var high = (ulong)(m >> 64);
        if (high > uint.MaxValue || m == UInt128.Zero)
        {
            sum = 0m;
            return false;
        }

        var low = (ulong)m;
        sum = new decimal((int)(uint)low, (int)(uint)(low >> 32), (int)(uint)high, negative, (byte)scale);
        return true;
    }

    // m × 10^k when it stays below 2^96: decided exactly, as the product is below 2^(bits of m + bits of 10^k) and at
    // least 2^(both − 2), so a product that could pass 128 bits is one that passes 96 for sure.
    private static bool TryAlign(ref UInt128 m, int k)
    {
        var bits = 128 - (int)UInt128.LeadingZeroCount(m);
        if (bits + Pow10Bits[k] > 128)
        {
            return false;
        }

        m *= Pow10[k];
        return (ulong)(m >> 64) <= uint.MaxValue;
    }

    private static readonly UInt128[] Pow10 = BuildPowers();

    // The bit length of 10^k: 2^(bits − 1) ≤ 10^k < 2^bits.
    private static readonly int[] Pow10Bits = Array.ConvertAll(Pow10, p => 128 - (int)UInt128.LeadingZeroCount(p));

    private static UInt128[] BuildPowers()
    {
        var powers = new UInt128[29];
        powers[0] = UInt128.One;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
