using System.Numerics;

namespace Emissions.Verification;

/// <summary>
/// A decimal's invariant general text ("G": every digit its scale carries, no exponent, "1.50" stays "1.50") as UTF-8,
/// laid out from its mantissa and scale: the runtime's formatter first converts the decimal to a digit buffer and then
/// formats that, several times the work for the prose's ~3,000 numbers per 1,000 checks. The digits themselves are laid
/// out here too, two per division by 100 into their final place (<see cref="WriteDigits"/>): <c>ulong.TryFormat</c>
/// cost ~120 instructions a call through its format and culture checks, and a point then had to be shifted in after it.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The longest text <see cref="TryFormat"/> writes: a sign, "0." and 28 fractional digits, or 20 digits and a point.</summary>
    public const int MaxLength = 31;

    /// <summary>10^0 … 10^19, every power of ten below 2^64.</summary>
    internal static readonly ulong[] PowersOfTen = CreatePowersOfTen();

    /// <summary>The text when the mantissa fits 64 bits and the value is not a negative zero (else false: use the runtime's formatter).</summary>
    /// <param name="value">The decimal.</param>
    /// <param name="destination">At least <see cref="MaxLength"/> bytes (else false).</param>
    /// <param name="written">The length of the text.</param>
    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        written = 0;
        var (high, mantissa) = DecimalBits.Mantissa(value);
        if (high != 0 || destination.Length < MaxLength)
        {
            return false;
        }

        var negative = decimal.IsNegative(value);
        if (negative && mantissa == 0)
        {
            return false;
        }

        var sign = negative ? 1 : 0;
        destination[0] = (byte)'-';
        written = sign + WritePoint(mantissa, value.Scale, destination[sign..]);
        return true;
    }

    /// <summary>
    /// <paramref name="mantissa"/> ÷ 10^<paramref name="scale"/> with exactly <paramref name="scale"/> fractional digits
    /// ("0.0045", "123.40", "7"); returns the length (at most 30: "0." and 28 digits, or 20 digits and a point).
    /// </summary>
    internal static int WritePoint(ulong mantissa, int scale, Span<byte> destination)
    {
        if (scale == 0)
        {
            var digits = CountDigits(mantissa);
            WriteDigits(mantissa, destination[..digits]);
            return digits;
        }

        // Below 10^20 ≤ 10^scale the integer part is 0 and every digit is fractional.
        var integer = 0UL;
        var fraction = mantissa;
        if (scale < PowersOfTen.Length)
        {
            var unit = PowersOfTen[scale];
            integer = mantissa / unit;
            fraction = mantissa - (integer * unit);
        }

        var count = CountDigits(integer);
        WriteDigits(integer, destination[..count]);
        destination[count] = (byte)'.';
        WriteDigits(fraction, destination.Slice(count + 1, scale));
        return count + 1 + scale;
    }

    /// <summary>How many digits <paramref name="value"/> prints as (1 for 0).</summary>
    internal static int CountDigits(ulong value)
    {
        // log10(2) ≈ 1233/4096: the estimate from the bit length is the digit count or one below it.
        var estimate = ((BitOperations.Log2(value) + 1) * 1233) >> 12;
        return estimate < PowersOfTen.Length && value >= PowersOfTen[estimate] ? estimate + 1 : Math.Max(estimate, 1);
    }

    /// <summary>
    /// The digits of <paramref name="value"/> right-aligned in all of <paramref name="destination"/>, zeros before them when
    /// it is longer than the number (the 19 low digits of a wide mantissa, a fraction's digits after its point).
    /// </summary>
    internal static void WriteDigits(ulong value, Span<byte> destination)
    {
        var pairs = Pairs;
        var at = destination.Length;
        while (at >= 2)
        {
            var rest = value / 100;
            var pair = (int)(value - (rest * 100)) * 2;
            destination[at - 1] = pairs[pair + 1];
            destination[at - 2] = pairs[pair];
            value = rest;
            at -= 2;
        }

        if (at == 1)
        {
            destination[0] = (byte)('0' + (int)value);
        }
    }

    /// <summary>"00" … "99".</summary>
    private static ReadOnlySpan<byte> Pairs => "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    private static ulong[] CreatePowersOfTen()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }
}
