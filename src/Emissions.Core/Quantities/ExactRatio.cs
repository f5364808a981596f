using System.Numerics;

namespace Emissions.Quantities;

/// <summary>
/// value × numerator / denominator computed as an exact rational and rounded once (half to even) to the nearest
/// decimal: the path taken when the product overflows although the quotient fits (2e18 Btu → kWh is 5.86e17 kWh,
/// but 2e18 × 52,752,792,631 is not a decimal). Also tells whether a decimal result is the exact quotient.
/// </summary>
internal static class ExactRatio
{
    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>The nearest decimal to value × numerator / denominator; <see cref="OverflowException"/> when even its integer part does not fit.</summary>
    public static decimal MultiplyDivide(decimal value, decimal numerator, decimal denominator)
    {
        var (p, q) = Fraction(value, numerator, denominator);
        var negative = p.Sign * q.Sign < 0;
        p = BigInteger.Abs(p);
        q = BigInteger.Abs(q);
        for (var scale = 28; scale >= 0; scale--)
        {
            var scaled = p * BigInteger.Pow(10, scale);
            var mantissa = BigInteger.DivRem(scaled, q, out var remainder);
            var twice = remainder * 2;
            if (twice > q || (twice == q && !mantissa.IsEven))
            {
                mantissa++;
            }

            if (mantissa <= MaxMantissa)
            {
                var bits = mantissa.ToByteArray(isUnsigned: true, isBigEndian: false);
                Span<byte> padded = stackalloc byte[12];
                bits.AsSpan(0, Math.Min(bits.Length, 12)).CopyTo(padded);
                return new decimal(
                    BitConverter.ToInt32(padded[..4]), BitConverter.ToInt32(padded[4..8]), BitConverter.ToInt32(padded[8..12]), negative, (byte)scale);
            }
        }

        throw new OverflowException("the result is too large for decimal");
    }

    /// <summary>Whether <paramref name="result"/> is exactly value × numerator / denominator (no digit was rounded away).</summary>
    public static bool IsExact(decimal value, decimal numerator, decimal denominator, decimal result)
    {
        var (p, q) = Fraction(value, numerator, denominator);
        var (r, rScale) = Parts(result);
        return r * q == p * BigInteger.Pow(10, rScale);
    }

    private static (BigInteger P, BigInteger Q) Fraction(decimal value, decimal numerator, decimal denominator)
    {
        var (v, vs) = Parts(value);
        var (n, ns) = Parts(numerator);
        var (d, ds) = Parts(denominator);
        return (v * n * BigInteger.Pow(10, ds), d * BigInteger.Pow(10, vs + ns));
    }

    private static (BigInteger Mantissa, int Scale) Parts(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Span<byte> bytes = stackalloc byte[12];
        BitConverter.TryWriteBytes(bytes[..4], bits[0]);
        BitConverter.TryWriteBytes(bytes[4..8], bits[1]);
        BitConverter.TryWriteBytes(bytes[8..12], bits[2]);
        var mantissa = new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        return (value < 0m ? -mantissa : mantissa, value.Scale);
    }
}
