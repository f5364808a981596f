using System.Globalization;
using Emissions.Quantities;

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

        // A mantissa below 2^66 (< 10^20) already has at most 20 significant digits.
        if (bits[2] is < 0 or >= 4)
        {
            value = DecimalText.RoundToSignificant(value, 20);
            decimal.GetBits(value, bits);
        }

        return bits[2] == 0 ? FormatMantissa(bits, destination) : FormatGeneral(value, destination);
    }

    /// <summary>The mantissa fits in 64 bits: digits of an integer, then the point put in at the scale.</summary>
    private static int FormatMantissa(ReadOnlySpan<int> bits, Span<byte> destination)
    {
        var mantissa = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > 0 && mantissa % 10UL == 0UL)
        {
            mantissa /= 10UL;
            scale--;
        }

        if (mantissa == 0UL)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        var sign = bits[3] < 0 ? 1 : 0;
        destination[0] = (byte)'-';
        var digits = destination[sign..];
        mantissa.TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
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

    /// <summary>Wide mantissas: the runtime's invariant text, then the same trimming.</summary>
    private static int FormatGeneral(decimal value, Span<byte> destination)
    {
        if (!value.TryFormat(destination, out var length, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"a decimal did not fit in {destination.Length} bytes");
        }

        var text = destination[..length];
        if (text.Contains((byte)'.'))
        {
            text = text.TrimEnd((byte)'0').TrimEnd((byte)'.');
        }

        if (text.Length == 2 && text[0] == (byte)'-' && text[1] == (byte)'0')
        {
            destination[0] = (byte)'0';
            return 1;
        }

        return text.Length;
    }
}
