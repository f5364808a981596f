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

        // A mantissa below 2^66 (< 10^20) already has at most 20 significant digits. A wider one is
        // rounded half to even at the 20th digit, as DecimalText.RoundToSignificant does, but on the
        // mantissa: a quotient's 28 digits need no decimal division to find or drop them.
        if ((uint)bits[2] >= 4)
        {
            var drop = DigitCount(mantissa) - SignificantDigits;
            if (drop > 0 && scale - drop >= 0)
            {
                mantissa = RoundHalfEven(mantissa, drop);
                scale -= drop;
            }
        }

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
        else if (WideDigits(mantissa, ref scale, digits) is var wide && wide > 0)
        {
            count = wide;
        }
        else
        {
            while (scale > 0 && mantissa % 10 == 0)
            {
                mantissa /= 10;
                scale--;
            }

            mantissa.TryFormat(digits, out count, default, CultureInfo.InvariantCulture);
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
    /// The digits of a mantissa above 2^64 (a quotient cut to 20 digits, mostly), trailing fractional zeros dropped: one
    /// 128-bit division splits it into its high digits and its last 19, each then formatted in 64 bits, where a 128-bit
    /// remainder per trailing zero and a 128-bit format took several divisions each. 0 when the last 19 digits are all
    /// zeros (the caller's general path).
    /// </summary>
    private static int WideDigits(UInt128 mantissa, ref int scale, Span<byte> digits)
    {
        var (quotient, remainder) = UInt128.DivRem(mantissa, TenToThe19);
        var high = (ulong)quotient;
        var low = (ulong)remainder;
        if (low == 0)
        {
            return 0;
        }

        var lowDigits = 19;
        while (scale > 0 && low % 10 == 0)
        {
            low /= 10;
            lowDigits--;
            scale--;
        }

        high.TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
        Span<byte> tail = stackalloc byte[20];
        low.TryFormat(tail, out var written, default, CultureInfo.InvariantCulture);
        digits.Slice(count, lowDigits - written).Fill((byte)'0');
        tail[..written].CopyTo(digits[(count + lowDigits - written)..]);
        return count + lowDigits;
    }

    /// <summary>10^0 … 10^29: a decimal's mantissa is below 2^96 ≈ 7.9·10^28.</summary>
    private static readonly UInt128[] PowersOfTen = CreatePowersOfTen();

    private static UInt128[] CreatePowersOfTen()
    {
        var powers = new UInt128[30];
        powers[0] = 1;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static int DigitCount(UInt128 value)
    {
        // log10(2) ≈ 1233/4096: the estimate from the bit length is the digit count or one below it.
        var estimate = (((int)UInt128.Log2(value) + 1) * 1233) >> 12;
        return estimate < PowersOfTen.Length && value >= PowersOfTen[estimate] ? estimate + 1 : estimate;
    }

    private static UInt128 RoundHalfEven(UInt128 value, int drop)
    {
        var unit = PowersOfTen[drop];
        var quotient = UInt128.DivRem(value, unit);
        var half = unit / 2;
        return quotient.Remainder > half || (quotient.Remainder == half && !UInt128.IsEvenInteger(quotient.Quotient))
            ? quotient.Quotient + 1
            : quotient.Quotient;
    }
}
