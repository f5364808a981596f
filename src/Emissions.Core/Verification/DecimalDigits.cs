using System.Runtime.CompilerServices;

namespace Emissions.Verification;

/// <summary>
/// A decimal's invariant general text ("G": every digit its scale carries, no exponent, "1.50" stays "1.50") as UTF-8,
/// laid out from its mantissa and scale: the runtime's formatter first converts the decimal to a digit buffer and then
/// formats that, several times the work for the prose's ~3,000 numbers per 1,000 checks.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The text when the mantissa fits 64 bits and the value is not a negative zero (else false: use the runtime's formatter).</summary>
    [SkipLocalsInit]
    public static bool TryFormat(decimal value, Span<byte> destination, out int written)
    {
        written = 0;
        var (high, mantissa) = DecimalBits.Mantissa(value);
        if (high != 0)
        {
            return false;
        }

        var negative = decimal.IsNegative(value);
        int scale = value.Scale;
        if (negative && mantissa == 0)
        {
            return false;
        }

        Span<byte> digits = stackalloc byte[20];
        mantissa.TryFormat(digits, out var count, default, System.Globalization.CultureInfo.InvariantCulture);
        var integerDigits = Math.Max(count - scale, 1);
        var length = (negative ? 1 : 0) + integerDigits + (scale > 0 ? 1 + scale : 0);
        if (length > destination.Length)
        {
            return false;
        }

        var at = 0;
        if (negative)
        {
            destination[at++] = (byte)'-';
        }

        if (count > scale)
        {
            // 12345 at scale 2 → 123.45
            digits[..(count - scale)].CopyTo(destination[at..]);
            at += count - scale;
        }
        else
        {
            // 45 at scale 4 → 0.0045
            destination[at++] = (byte)'0';
        }

        if (scale > 0)
        {
            destination[at++] = (byte)'.';
            var zeros = Math.Max(scale - count, 0);
            destination.Slice(at, zeros).Fill((byte)'0');
            at += zeros;
            digits[Math.Max(count - scale, 0)..count].CopyTo(destination[at..]);
            at += Math.Min(scale, count);
        }

        written = at;
        return true;
    }
}
