using System.Text;

namespace Emissions.Verification.Checking;

/// <summary>
/// The numbers and units of explanation prose, each formatted as UTF-8 straight into a <see cref="ProseBuffer"/>;
/// the text is the same as <see cref="Display"/>'s strings (a test compares them).
/// </summary>
internal static class ProseParts
{
    /// <summary>As <see cref="Display.Number"/>: rounded to <paramref name="decimals"/>, trailing zeros trimmed.</summary>
    public static RoundedNumber Number(decimal value, int decimals) => new(value, decimals, false);

    /// <summary>As <see cref="Display.WithSign"/>: a positive number with "+".</summary>
    public static RoundedNumber WithSign(decimal value, int decimals) => new(value, decimals, true);

    /// <summary>As <see cref="Display.Printed"/>: the exact decimals the value carries.</summary>
    public static PrintedNumber Printed(decimal value) => new(value);

    /// <summary>As <see cref="Display.Percent"/>: a fraction as a percentage with three significant digits.</summary>
    public static PercentNumber Percent(decimal fraction, bool withSign = false) => new(fraction, withSign);

    /// <summary>As <see cref="CheckExplanation.Suffix"/>: " MWh" after a number, " %" for percent, nothing for a pure number.</summary>
    public static UnitSuffix Suffix(string unit) => new(unit);

    /// <summary>"[1.2, 1.3) MWh": an interval in the figure's printed unit, unbounded ends as −∞ and +∞.</summary>
    public static IntervalText Interval(ValueView view, int places) => new(view, places);

    internal readonly struct RoundedNumber(decimal value, int decimals, bool withSign) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            var sign = withSign && DecimalOrder.IsPositive(value) ? 1 : 0;
            if (sign == 1)
            {
                if (utf8Destination.IsEmpty)
                {
                    bytesWritten = 0;
                    return false;
                }

                utf8Destination[0] = (byte)'+';
            }

            var rounded = Display.RoundTo(value, Math.Clamp(decimals, -27, 28));
            var done = Display.TryGrouped(rounded, -1, trimZeros: true, utf8Destination[sign..], out var written);
            bytesWritten = written + sign;
            return done;
        }
    }

    internal readonly struct PrintedNumber(decimal value) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
            Display.TryGrouped(value, -1, trimZeros: false, utf8Destination, out bytesWritten);
    }

    internal readonly struct PercentNumber(decimal fraction, bool withSign) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            var percent = fraction * 100m;
            var written = 0;
            if (withSign && DecimalOrder.IsPositive(percent))
            {
                if (utf8Destination.IsEmpty)
                {
                    return false;
                }

                utf8Destination[written++] = (byte)'+';
            }

            int digits;
            if (DecimalOrder.IsZero(percent))
            {
                if (utf8Destination.Length <= written)
                {
                    return false;
                }

                utf8Destination[written] = (byte)'0';
                digits = 1;
            }
            else
            {
                var places = Display.SignificantPlaces(percent, 3);
                if (!Display.TryGrouped(Display.RoundTo(percent, places), places, trimZeros: false, utf8Destination[written..], out digits))
                {
                    return false;
                }
            }

            written += digits;
            if (!" %"u8.TryCopyTo(utf8Destination[written..]))
            {
                return false;
            }

            bytesWritten = written + 2;
            return true;
        }
    }

    internal readonly struct UnitSuffix(string unit) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            if (unit.Length == 0)
            {
                return true;
            }

            if (utf8Destination.IsEmpty || !Encoding.UTF8.TryGetBytes(unit, utf8Destination[1..], out var written))
            {
                return false;
            }

            utf8Destination[0] = (byte)' ';
            bytesWritten = written + 1;
            return true;
        }
    }

    internal readonly struct IntervalText(ValueView view, int places) : IUtf8SpanFormattable
    {
        public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            bytesWritten = 0;
            var d = utf8Destination;
            if (d.IsEmpty)
            {
                return false;
            }

            d[0] = view.LowInclusive ? (byte)'[' : (byte)'(';
            var at = 1;
            if (!End(view.Low, "−∞"u8, d, ref at) || !", "u8.TryCopyTo(d[at..]))
            {
                return false;
            }

            at += 2;
            if (!End(view.High, "+∞"u8, d, ref at) || d.Length <= at)
            {
                return false;
            }

            d[at++] = view.HighInclusive ? (byte)']' : (byte)')';
            if (!new UnitSuffix(view.Unit).TryFormat(d[at..], out var suffix, default, null))
            {
                return false;
            }

            bytesWritten = at + suffix;
            return true;
        }

        private bool End(decimal? value, ReadOnlySpan<byte> unbounded, Span<byte> d, ref int at)
        {
            int written;
            if (value is { } v)
            {
                if (!Number(v, places).TryFormat(d[at..], out written, default, null))
                {
                    return false;
                }
            }
            else if (unbounded.TryCopyTo(d[at..]))
            {
                written = unbounded.Length;
            }
            else
            {
                return false;
            }

            at += written;
            return true;
        }
    }
}
