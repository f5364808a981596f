using System.Runtime.CompilerServices;

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
    [SkipLocalsInit]
    public static int Format(decimal value, Span<byte> destination)
    {
        // The mantissa read in place: a 128-bit number and its division cost more than the digits of a short number.
        var (high, low) = DecimalBits.Mantissa(value);
        int scale = value.Scale;
        if (high == 0 && low == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        var sign = decimal.IsNegative(value) ? 1 : 0;
        destination[0] = (byte)'-';
        if (high == 0)
        {
            // Most numbers fit in 64 bits, where dividing by ten is a multiplication, not a 128-bit division; the digits
            // go straight to their places on either side of the point.
            var narrow = low;
            while (scale > 0 && narrow % 10 == 0)
            {
                narrow /= 10;
                scale--;
            }

            return sign + DecimalDigits.WritePoint(narrow, scale, destination[sign..]);
        }

        var digits = destination[sign..];
        var count = WideDigits(high, low, ref scale, digits);
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

    /// <summary>
    /// The digits of a mantissa above 2^64 (a quotient, mostly), cut half to even to 20 significant digits (never above
    /// the units), trailing fractional zeros dropped. The mantissa is split once into its high digits and its last 19
    /// (<see cref="SplitAt19"/>), and everything after is 64-bit: a mantissa has at most 29 digits, so the cut drops at most
    /// 9, all among the last 19, and rounds them there.
    /// </summary>
    private static int WideDigits(uint mantissaHigh, ulong mantissaLow, ref int scale, Span<byte> digits)
    {
        var (high, low) = SplitAt19(mantissaHigh, mantissaLow);
        var lowDigits = 19;

        // The mantissa has DecimalDigits.CountDigits(high) + 19 digits.
        var drop = DecimalDigits.CountDigits(high) + 19 - SignificantDigits;
        if (drop > 0 && scale >= drop)
        {
            low = RoundHalfEven(low, drop);
            lowDigits -= drop;
            scale -= drop;
            if (low == DecimalDigits.PowersOfTen[lowDigits])
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

        var count = DecimalDigits.CountDigits(high);
        DecimalDigits.WriteDigits(high, digits[..count]);

        // The last digits in place, with their leading zeros.
        DecimalDigits.WriteDigits(low, digits.Slice(count, lowDigits));
        return count + lowDigits;
    }

    /// <summary>
    /// The 96-bit mantissa <paramref name="high"/>·2^64 + <paramref name="low"/> as its quotient and remainder by 10^19, by
    /// long division in base 10^9 over 32-bit words: six 64-bit divisions by a constant (each a multiplication), where a
    /// 128-bit division by 10^19 is a loop in software. The first pass gives the last 9 digits, the second the 9 before
    /// them and the quotient by 10^18 (below 2^37), whose last digit completes the 19.
    /// </summary>
    private static (ulong High, ulong Low) SplitAt19(uint high, ulong low)
    {
        const ulong Billion = 1_000_000_000;
        var middle = low >> 32;
        var bottom = low & uint.MaxValue;

        // m = q·10^9 + last9, q = q2·2^64 + q1·2^32 + q0 (q2 ≤ 4: high < 2^32).
        ulong t = high;
        var q2 = t / Billion;
        var r = t - (q2 * Billion);
        t = (r << 32) | middle;
        var q1 = t / Billion;
        r = t - (q1 * Billion);
        t = (r << 32) | bottom;
        var q0 = t / Billion;
        var last9 = t - (q0 * Billion);

        // q = p·10^9 + next9, p = m / 10^18 (below 2^37).
        t = (q2 << 32) | q1;
        var p1 = t / Billion;
        r = t - (p1 * Billion);
        t = (r << 32) | q0;
        var p0 = t / Billion;
        var next9 = t - (p0 * Billion);
        var p = (p1 << 32) + p0;

        var tenth = p / 10;
        return (tenth, ((p - (tenth * 10)) * (Billion * Billion)) + (next9 * Billion) + last9);
    }

    /// <summary>
    /// The last 19 digits with their last <paramref name="drop"/> (1–9) cut half to even. The whole mantissa's parity is
    /// the kept part's: the high digits sit at 10^(19 − drop), an even multiple.
    /// </summary>
    private static ulong RoundHalfEven(ulong value, int drop)
    {
        var unit = DecimalDigits.PowersOfTen[drop];
        var kept = value / unit;
        var rest = value - (kept * unit);
        var half = unit / 2;
        return rest > half || (rest == half && (kept & 1) != 0) ? kept + 1 : kept;
    }
}
