using System.Collections.Concurrent;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>Number formatting for explanations and tables: invariant culture, thousands separators, no exponent.</summary>
internal static class Display
{
    /// <summary>Rounded half away from zero to <paramref name="decimals"/>, trailing zeros trimmed: 720,827.6856.</summary>
    public static string Number(decimal value, int decimals)
    {
        var rounded = RoundTo(value, Math.Clamp(decimals, -27, 28));
        return Grouped(rounded, default, trimZeros: true);
    }

    // Explanations format several numbers each; the digits are laid out in stack buffers and only the
    // finished text becomes a string (this used to go through ToString, a StringBuilder and a substring).
    private const int MaxDigits = 64;

    /// <summary>The longest text <see cref="Grouped(decimal, ReadOnlySpan{char}, bool)"/> writes: digits with a separator per three.</summary>
    internal const int MaxGroupedLength = MaxDigits + (MaxDigits / 3);

    /// <summary>Thousands separators in the integer part of the invariant text of <paramref name="value"/>; optionally trailing fractional zeros dropped.</summary>
    /// <remarks>Internal for the tests: the UTF-8 layout (<see cref="TryGrouped"/>) must read as this.</remarks>
    internal static string Grouped(decimal value, ReadOnlySpan<char> format, bool trimZeros)
    {
        Span<char> text = stackalloc char[MaxDigits];
        if (!value.TryFormat(text, out var length, format, CultureInfo.InvariantCulture))
        {
            return Grouped(value.ToString(format.ToString(), CultureInfo.InvariantCulture), trimZeros);
        }

        Span<char> grouped = stackalloc char[MaxGroupedLength];
        var written = Group(text[..length], grouped, trimZeros);
        return grouped[..written] is "-0" ? "0" : new string(grouped[..written]);
    }

    /// <summary>
    /// The same as UTF-8 into <paramref name="destination"/>, with <paramref name="places"/> fractional digits ("F" of that
    /// many places; negative: every digit the value carries, the general format); false when it does not fit.
    /// </summary>
    [SkipLocalsInit]
    internal static bool TryGrouped(decimal value, int places, bool trimZeros, Span<byte> destination, out int written)
    {
        if (TryLayOut(value, places, trimZeros, destination, out written, out var fits))
        {
            return fits;
        }

        ReadOnlySpan<char> format = places < 0 ? default : FixedFormats[places];
        Span<byte> text = stackalloc byte[MaxDigits];
        var length = 0;
        if ((!format.IsEmpty || !DecimalDigits.TryFormat(value, text, out length))
            && !value.TryFormat(text, out length, format, CultureInfo.InvariantCulture))
        {
            // Wider than any decimal prints; kept for symmetry with the string path.
            return Encoding.UTF8.TryGetBytes(Grouped(value, format, trimZeros), destination, out written);
        }

        Span<byte> grouped = stackalloc byte[MaxGroupedLength];
        written = Group(text[..length], grouped, trimZeros);
        if (grouped[..written].SequenceEqual("-0"u8))
        {
            grouped[0] = (byte)'0';
            written = 1;
        }

        if (written > destination.Length)
        {
            written = 0;
            return false;
        }

        grouped[..written].CopyTo(destination);
        return true;
    }

    /// <summary>
    /// The grouped text laid out from the mantissa and scale, as the runtime's text run through <see cref="Group{T}"/>
    /// reads (the tests compare them): the prose formats ~50 numbers a request, and formatting then regrouping cost ~1,000
    /// instructions a number. False when not handled here: a mantissa wider than 64 bits, a negative zero, or fewer
    /// fixed places than the value carries (the runtime's "F" rounds those). Handled, <paramref name="fits"/> says
    /// whether the text fitted (<paramref name="written"/> 0 if not).
    /// </summary>
    private static bool TryLayOut(decimal value, int places, bool trimZeros, Span<byte> destination, out int written, out bool fits)
    {
        written = 0;
        fits = false;
        var (high, mantissa) = DecimalBits.Mantissa(value);
        var negative = decimal.IsNegative(value);
        var scale = value.Scale;
        if (high != 0 || (negative && mantissa == 0) || (places >= 0 && places < scale))
        {
            return false;
        }

        // Below 10^20 ≤ 10^scale the integer part is 0 and every digit is fractional.
        var integer = 0UL;
        var fraction = mantissa;
        var powers = DecimalDigits.PowersOfTen;
        if (scale < powers.Length)
        {
            integer = mantissa / powers[scale];
            fraction = mantissa - (integer * powers[scale]);
        }

        var fractionDigits = scale;
        if (trimZeros)
        {
            while (fractionDigits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                fractionDigits--;
            }
        }

        var padding = Math.Max(places - fractionDigits, 0);
        var integerDigits = DecimalDigits.CountDigits(integer);
        var commas = (integerDigits - 1) / 3;
        var sign = negative ? 1 : 0;
        var point = fractionDigits + padding > 0 ? 1 : 0;
        var length = sign + integerDigits + commas + point + fractionDigits + padding;
        if (length > destination.Length)
        {
            return true;
        }

        if (negative)
        {
            destination[0] = (byte)'-';
        }

        var at = sign;
        Span<byte> digits = stackalloc byte[DecimalDigits.MaxLength];
        DecimalDigits.WriteDigits(integer, digits[..integerDigits]);
        var first = integerDigits - (commas * 3);
        digits[..first].CopyTo(destination[at..]);
        at += first;
        for (var i = first; i < integerDigits; i += 3)
        {
            destination[at] = (byte)',';
            digits.Slice(i, 3).CopyTo(destination[(at + 1)..]);
            at += 4;
        }

        if (point == 1)
        {
            destination[at++] = (byte)'.';
            DecimalDigits.WriteDigits(fraction, destination.Slice(at, fractionDigits));
            at += fractionDigits;
            destination.Slice(at, padding).Fill((byte)'0');
            at += padding;
        }

        written = at;
        fits = true;
        return true;
    }

    /// <summary>The same for text that did not fit the stack buffer.</summary>
    private static string Grouped(string text, bool trimZeros)
    {
        var grouped = new char[text.Length + (text.Length / 3) + 1];
        var written = Group<char>(text, grouped, trimZeros);
        return grouped.AsSpan(0, written) is "-0" ? "0" : new string(grouped, 0, written);
    }

    /// <summary>Over UTF-16 or UTF-8 digits alike (both are ASCII here).</summary>
    private static int Group<T>(ReadOnlySpan<T> text, Span<T> destination, bool trimZeros)
        where T : unmanaged, IBinaryInteger<T>
    {
        var zero = T.CreateTruncating('0');
        var point = text.IndexOf(T.CreateTruncating('.'));
        var end = text.Length;
        if (point >= 0 && trimZeros)
        {
            while (end > point + 1 && text[end - 1] == zero)
            {
                end--;
            }

            if (end == point + 1)
            {
                end = point;
            }
        }

        var sign = text[0] == T.CreateTruncating('-') ? 1 : 0;
        var integerEnd = point >= 0 ? point : text.Length;
        var digits = integerEnd - sign;
        if (digits <= 3)
        {
            text[..end].CopyTo(destination);
            return end;
        }

        var written = 0;
        text[..sign].CopyTo(destination);
        written += sign;
        var first = digits % 3 == 0 ? 3 : digits % 3;
        text.Slice(sign, first).CopyTo(destination[written..]);
        written += first;
        var comma = T.CreateTruncating(',');
        for (var i = sign + first; i < integerEnd; i += 3)
        {
            destination[written++] = comma;
            text.Slice(i, 3).CopyTo(destination[written..]);
            written += 3;
        }

        text[integerEnd..end].CopyTo(destination[written..]);
        return written + (end - integerEnd);
    }

    private static readonly ConcurrentDictionary<Unit, string> EnglishSymbols = new();

    /// <summary>As printed: the exact decimals the value carries, with thousands separators.</summary>
    public static string Printed(decimal value) => Grouped(value, default, trimZeros: false);

    public static string WithSign(decimal value, int decimals) => (value > 0m ? "+" : "") + Number(value, decimals);

    /// <summary>A fraction as a percentage with three significant digits: 0.00040169 → "0.0402 %".</summary>
    public static string Percent(decimal fraction, bool withSign = false)
    {
        var percent = fraction * 100m;
        var text = Significant(percent, 3);
        return (withSign && percent > 0m ? "+" : "") + text + " %";
    }

    /// <summary>With <paramref name="digits"/> significant digits, trailing zeros kept (0.110).</summary>
    public static string Significant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return "0";
        }

        var places = SignificantPlaces(value, digits);
        return Grouped(RoundTo(value, places), FixedFormats[places], trimZeros: false);
    }

    /// <summary>The decimals that leave <paramref name="digits"/> significant digits of a non-zero value.</summary>
    internal static int SignificantPlaces(decimal value, int digits)
    {
        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        return Math.Min(Math.Max(0, digits - 1 - magnitude), 28);
    }

    /// <summary>"F0" … "F28", so that a percentage does not build its format string.</summary>
    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 29).Select(places => "F" + places.ToString(CultureInfo.InvariantCulture))];

    /// <summary>Half away from zero at <paramref name="decimals"/>; negative decimals round to tens, hundreds …</summary>
    public static decimal RoundTo(decimal value, int decimals)
    {
        if (decimals >= 0)
        {
            return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero);
        }

        var unit = 1m;
        for (var i = 0; i < -decimals; i++)
        {
            unit *= 10m;
        }

        return Math.Round(value / unit, 0, MidpointRounding.AwayFromZero) * unit;
    }

    /// <summary>A unit symbol a reader of English expects: 吉焦 → GJ, 兆瓦時 → MWh; compound or unknown symbols stay as they are.</summary>
    public static string EnglishSymbol(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return EnglishSymbols.GetOrAdd(unit, FindEnglishSymbol);
    }

    /// <summary>"GJ/MWh": the English symbols of a ratio of two units, kept for the first 1,024 pairs (a request's units are not bounded).</summary>
    public static string EnglishRatio(Unit numerator, Unit denominator)
    {
        if (EnglishRatios.TryGetValue((numerator, denominator), out var known))
        {
            return known;
        }

        var ratio = $"{EnglishSymbol(numerator)}/{EnglishSymbol(denominator)}";
        if (EnglishRatios.Count < MaxEnglishRatios)
        {
            EnglishRatios.TryAdd((numerator, denominator), ratio);
        }

        return ratio;
    }

    private const int MaxEnglishRatios = 1024;

    private static readonly ConcurrentDictionary<(Unit, Unit), string> EnglishRatios = new();

    private static string FindEnglishSymbol(Unit unit)
    {
        if (unit.Symbol.All(char.IsAscii))
        {
            return unit.Symbol;
        }

        foreach (var (symbol, candidate) in UnitCatalog.Symbols)
        {
            if (symbol.Length > 0 && symbol.All(c => char.IsAscii(c) || c is '²' or '³') && candidate.IsEquivalentTo(unit))
            {
                return symbol;
            }
        }

        return unit.Symbol;
    }
}
