using System.Globalization;

namespace Emissions.Verification;

/// <summary>
/// A report number as ASCII/UTF-8 bytes: exact, trailing fractional zeros trimmed, "-0" as "0",
/// and quotients cut to 20 significant digits (32.299176705893297362668031071 → 32.299176705893297363).
/// A check answer holds about 150 of these, so they go straight into the JSON writer's UTF-8 form
/// instead of through UTF-16 text and the writer's transcoding.
/// </summary>
internal static class ReportNumberText
{
    /// <summary>A decimal prints as at most 29 digits, a sign, a point and a leading "0." before 28 fractional digits.</summary>
    public const int MaxLength = 34;

    /// <summary>Writes the number into <paramref name="destination"/> (at least <see cref="MaxLength"/> bytes); returns the length.</summary>
    public static int Format(decimal value, Span<byte> destination)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((UInt128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;

        if (mantissa == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        var sign = bits[3] < 0 ? 1 : 0;
        destination[0] = (byte)'-';
        var digits = destination[sign..];
        int count;
        if (mantissa <= ulong.MaxValue)
        {
            // Most numbers fit in 64 bits, where dividing by ten is one instruction, not a 128-bit division.
            var narrow = (ulong)mantissa;
            while (scale > 0 && narrow % 10 == 0)
            {
                narrow /= 10;
                scale--;
            }

            narrow.TryFormat(digits, out count, default, CultureInfo.InvariantCulture);
        }
        else
        {
            count = WideDigits(mantissa, ref scale, digits);
        }

        if (scale == 0)
        {
            return sign + count;
        }

        if (count > scale)
        {
            // 12345 at scale 2 → 123.45
            var integer = count - scale;
            digits.Slice(integer, scale).CopyTo(digits[(integer + 1)..]);
            digits[integer] = (byte)'.';
            return sign + count + 1;
        }

        // 45 at scale 4 → 0.0045
        var zeros = scale - count;
        digits[..count].CopyTo(digits[(2 + zeros)..]);
        digits[0] = (byte)'0';
        digits[1] = (byte)'.';
        digits.Slice(2, zeros).Fill((byte)'0');
        return sign + 2 + scale;
    }

    private const int SignificantDigits = 20;

    private const ulong TenToThe19 = 10_000_000_000_000_000_000;

    /// <summary>
    /// The digits of a mantissa above 2^64 (a quotient, mostly), cut half to even to 20 significant digits (never above
    /// the units), trailing fractional zeros dropped. One 128-bit division splits it into its high digits and its last 19,
    /// and everything after is 64-bit: a mantissa has at most 29 digits, so the cut drops at most 9, all among the last 19,
    /// and rounds them there — it took a 128-bit division of its own before this one.
    /// </summary>
    private static int WideDigits(UInt128 mantissa, ref int scale, Span<byte> digits)
    {
        var (quotient, remainder) = UInt128.DivRem(mantissa, TenToThe19);
        var high = (ulong)quotient;
        var low = (ulong)remainder;
        var lowDigits = 19;

        // The mantissa has DigitCount(high) + 19 digits.
        var drop = DigitCount(high) + 19 - SignificantDigits;
        if (drop > 0 && scale >= drop)
        {
            low = RoundHalfEven(low, drop);
            lowDigits -= drop;
            scale -= drop;
            if (low == PowersOfTen[lowDigits])
            {
                // 99…9 rounded up: carry into the high digits.
                low = 0;
                high++;
            }
        }

        if (low == 0)
        {
            var zeros = Math.Min(scale, lowDigits);
            lowDigits -= zeros;
            scale -= zeros;
            while (lowDigits == 0 && scale > 0 && high % 10 == 0)
            {
                high /= 10;
                scale--;
            }
        }
        else
        {
            while (scale > 0 && low % 10 == 0)
            {
                low /= 10;
                lowDigits--;
                scale--;
            }
        }

        high.TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
        if (lowDigits == 0)
        {
            return count;
        }

        Span<byte> tail = stackalloc byte[20];
        low.TryFormat(tail, out var written, default, CultureInfo.InvariantCulture);
        digits.Slice(count, lowDigits - written).Fill((byte)'0');
        tail[..written].CopyTo(digits[(count + lowDigits - written)..]);
        return count + lowDigits;
    }

    /// <summary>10^0 … 10^19, every power of ten below 2^64.</summary>
    private static readonly ulong[] PowersOfTen = CreatePowersOfTen();

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

    private static int DigitCount(ulong value)
    {
        // log10(2) ≈ 1233/4096: the estimate from the bit length is the digit count or one below it.
        var estimate = ((System.Numerics.BitOperations.Log2(value) + 1) * 1233) >> 12;
        return estimate < PowersOfTen.Length && value >= PowersOfTen[estimate] ? estimate + 1 : estimate;
    }

    /// <summary>
    /// The last 19 digits with their last <paramref name="drop"/> (1–9) cut half to even. The whole mantissa's parity is
    /// the kept part's: the high digits sit at 10^(19 − drop), an even multiple.
    /// </summary>
    private static ulong RoundHalfEven(ulong value, int drop)
    {
        var unit = PowersOfTen[drop];
        var kept = value / unit;
        var rest = value - (kept * unit);
        var half = unit / 2;
        return rest > half || (rest == half && (kept & 1) != 0) ? kept + 1 : kept;
    }
}
