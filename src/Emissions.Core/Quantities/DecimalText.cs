using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Emissions.Quantities;

/// <summary>Invariant-culture decimal parsing and formatting that keep or state the precision.</summary>
internal static partial class DecimalText
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    private static readonly SearchValues<char> GroupSeparators = SearchValues.Create(",\u2009\u202F\u00A0");

    /// <summary>
    /// Parses a number as printed: invariant culture, "," or thin spaces as thousands separators,
    /// an optional exponent. The decimal keeps the printed scale ("69.40" has scale 2).
    /// </summary>
    public static bool TryParse(string text, out decimal value) => TryParse(text.AsSpan(), out value);

    /// <summary>As <see cref="TryParse(string, out decimal)"/>, for text that is not a string of its own (a request's bytes, widened).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.IsWhiteSpace() || !IsPrintedNumber(text))
        {
            return false;
        }

        // The grammar allows one final line feed (a figure pasted from a text cell); decimal.Parse does not.
        return TryParseChecked(text.EndsWith('\n') ? text[..^1] : text, out value);
    }

    /// <summary>
    /// Whether the text is a number as printed: an optional sign; digits, or digits grouped in threes by
    /// a separator (1 to 3 digits first); an optional fraction; an optional exponent; nothing else but
    /// one final line feed. Read by hand rather than by a regular expression because every printed
    /// figure of every check request comes through here.
    /// </summary>
    private static bool IsPrintedNumber(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var start = i;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || GroupSeparators.Contains(text[i])))
        {
            i++;
        }

        var integer = text[start..i];
        if (integer.Length > 0 && integer.ContainsAnyExcept(AsciiDigits) && !IsGrouped(integer))
        {
            return false;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (!SkipDigits(text, ref i))
            {
                return false;
            }
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (!SkipDigits(text, ref i))
            {
                return false;
            }
        }

        return i == text.Length || (i == text.Length - 1 && text[i] == '\n');
    }

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");

    /// <summary>"1,234,567": one to three digits, then one or more groups of a separator and three digits.</summary>
    private static bool IsGrouped(ReadOnlySpan<char> integer)
    {
        var first = integer.IndexOfAnyExcept(AsciiDigits);
        if (first is < 1 or > 3)
        {
            return false;
        }

        var rest = integer[first..];
        while (rest.Length > 0)
        {
            if (rest.Length < 4 || !GroupSeparators.Contains(rest[0]) || rest[1..4].ContainsAnyExcept(AsciiDigits))
            {
                return false;
            }

            rest = rest[4..];
        }

        return true;
    }

    private static bool SkipDigits(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > start;
    }

    /// <summary>
    /// Parses text already matched by the number pattern: drops the group separators, reads the rest invariantly.
    /// False when decimal cannot hold the number exactly: too large, or digits rounded away ("1e-2147483649" and
    /// "1e-29" are not 0, "0.12345678901234567890123456789" has one digit too many).
    /// </summary>
    internal static bool TryParseChecked(ReadOnlySpan<char> text, out decimal value)
    {
        if (TryParseShort(text, out value))
        {
            return true;
        }

        if (text.IndexOfAny(GroupSeparators) < 0)
        {
            return decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value) && IsExact(text, value);
        }

        Span<char> digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        foreach (var c in text)
        {
            if (!GroupSeparators.Contains(c))
            {
                digits[length++] = c;
            }
        }

        return decimal.TryParse(digits[..length], Styles, CultureInfo.InvariantCulture, out value) && IsExact(digits[..length], value);
    }

    /// <summary>
    /// The usual printed figure — at most 19 digits, grouped or not, an optional fraction, no sign and no exponent — read
    /// straight into its mantissa and printed scale ("69.40" is 6940 with scale 2): the decimal <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>
    /// gives for the text without its separators, and always exact, without the general parser (a tenth of a check
    /// request's read). False for anything else, which the general way reads.
    /// </summary>
    private static bool TryParseShort(ReadOnlySpan<char> text, out decimal value)
    {
        const int MaxDigits = 19; // 10^19 - 1 fits in 64 bits
        ulong mantissa = 0;
        var digits = 0;
        var scale = 0;
        var point = false;
        value = 0m;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (++digits > MaxDigits)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(c - '0');
                scale += point ? 1 : 0;
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else if (point || !GroupSeparators.Contains(c))
            {
                return false; // a sign, an exponent, a separator in the fraction: the general way
            }
        }

        if (digits == 0)
        {
            return false;
        }

        value = FromDigits(mantissa, scale);
        return true;
    }

    /// <summary>
    /// The usual printed figure as UTF-8 — digits, or one to three digits then groups of ',' and three digits; then
    /// optionally '.' and digits; at most 19 digits in all — read in one pass over its bytes: the text
    /// <see cref="TryParse(ReadOnlySpan{char}, out decimal)"/> accepts and reads by <see cref="TryParseShort"/>, the
    /// same decimal. False for anything else (a sign, an exponent, white space, other separators, ".5", "5."), which
    /// that general way reads or refuses. A request's 25 values cost ~1,000 instructions each the general way.
    /// </summary>
    internal static bool TryReadUsual(ReadOnlySpan<byte> text, out decimal value)
    {
        const int MaxDigits = 19;
        value = 0m;
        ulong mantissa = 0;
        var digits = 0;
        var i = 0;

        // The integer part: a run of digits, each ',' after the first run followed by exactly three digits.
        var run = 0;
        var grouped = false;
        for (; i < text.Length; i++)
        {
            var b = text[i];
            if (b is >= (byte)'0' and <= (byte)'9')
            {
                mantissa = (mantissa * 10) + (uint)(b - '0');
                digits++;
                run++;
            }
            else if (b == ',' && run > 0 && (grouped ? run == 3 : run <= 3))
            {
                grouped = true;
                run = 0;
            }
            else
            {
                break;
            }
        }

        if (run == 0 || (grouped && run != 3))
        {
            return false; // no digit first or last, or a group not of three
        }

        var scale = 0;
        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                mantissa = (mantissa * 10) + (uint)(text[i] - '0');
                digits++;
                scale++;
            }

            if (scale == 0)
            {
                return false;
            }
        }

        // Past 19 digits the mantissa may have wrapped: the general way reads those.
        if (i != text.Length || digits > MaxDigits)
        {
            return false;
        }

        value = FromDigits(mantissa, scale);
        return true;
    }

    /// <summary>
    /// The decimal an exact parse gives for at most 19 digits read as one integer and the number of them after the point
    /// (trailing zeros included: "69.40" is 6940 at scale 2), for the readers that read the usual figure by hand.
    /// </summary>
    internal static decimal FromDigits(ulong digits, int scale) =>
        new((int)(uint)digits, (int)(uint)(digits >> 32), 0, isNegative: false, (byte)scale);

    // decimal.Parse rounds silently past 28 digits and below 1e-28. Only a long number or one with an exponent can
    // lose digits, so the common short figure skips the comparison: the significant digits written must be the
    // significant digits held.
    private static bool IsExact(ReadOnlySpan<char> text, decimal value)
    {
        var exponent = text.IndexOfAny('e', 'E');
        if (exponent < 0 && text.Length <= 28)
        {
            return true;
        }

        var mantissa = exponent < 0 ? text : text[..exponent];
        Span<char> held = stackalloc char[64];
        return value.TryFormat(held, out var written, default, CultureInfo.InvariantCulture)
            && Significant(mantissa).SequenceEqual(Significant(held[..written]));
    }

    // The digits from the first non-zero one to the last non-zero one, without sign or point.
    private static string Significant(ReadOnlySpan<char> number)
    {
        var digits = new System.Text.StringBuilder(number.Length);
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c) && (digits.Length > 0 || c != '0'))
            {
                digits.Append(c);
            }
        }

        return digits.ToString().TrimEnd('0');
    }

    /// <summary>The number at the start of <paramref name="text"/> and the length it takes.</summary>
    internal static int LeadingNumberLength(ReadOnlySpan<char> text)
    {
        foreach (var match in NumberPrefixPattern().EnumerateMatches(text))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>Whether a character right after a number means the number was written wrongly ("1,234,5678", "12.34.56").</summary>
    internal static bool ContinuesNumber(char c) => c is ',' or '.' || char.IsAsciiDigit(c);

    /// <summary>
    /// The exact value with trailing zeros trimmed and no exponent; a value with more than 28
    /// significant digits (a repeating fraction) is rounded half-even to 28, the only rounding done here.
    /// </summary>
    public static string Exact(decimal value)
    {
        Span<byte> text = stackalloc byte[ShortExactLength];
        if (TryFormatShortExact(value, text, out var written))
        {
            return System.Text.Encoding.ASCII.GetString(text[..written]);
        }

        var rounded = RoundToSignificant(value, 28).ToString("0.############################", CultureInfo.InvariantCulture);
        return rounded == "-0" ? "0" : rounded;
    }

    /// <summary>Room for <see cref="TryFormatShortExact(decimal, Span{byte}, out int)"/>'s text: 20 digits, a point, a sign and a leading zero.</summary>
    public const int ShortExactLength = 32;

    /// <summary>
    /// <see cref="Exact"/>'s text written as UTF-8 (digits, a point, a sign) to <paramref name="destination"/> (at least <see cref="ShortExactLength"/>
    /// long), for a value of at most 20 digits (the high word of its 96-bit integer is zero, as for every measured
    /// figure); false for a longer one. Such a value has nothing to round: its integer less the trailing zeros of its
    /// fraction, with the point put back by its scale, is the pattern's text. Written from the integer and scale by
    /// hand: every line of a 100,000-line answer comes through here, and the general formatter took a seventh of
    /// that whole process (bench/peers/RESULTS.md).
    /// </summary>
    [SkipLocalsInit]
    public static bool TryFormatShortExact(decimal value, Span<byte> destination, out int written)
    {
        // The four words are all written by GetBits: not zeroed first.
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        written = 0;
        if (bits[2] != 0 || destination.Length < ShortExactLength)
        {
            return false;
        }

        var integer = ((ulong)(uint)bits[1] << 32) | (uint)bits[0];
        if (integer == 0)
        {
            // Zero of any scale or sign ("0.000", "-0") is "0".
            destination[0] = (byte)'0';
            written = 1;
            return true;
        }

        var scale = (bits[3] >> 16) & 0xFF;
        while (scale > 0)
        {
            var next = integer / 10;
            if (integer != next * 10)
            {
                break;
            }

            integer = next;
            scale--;
        }

        // The text's length known first, its digits are written once, right to left, straight into the destination:
        // a sign, the whole digits (at least "0"), then a point and `scale` fraction digits (leading zeros included),
        // two digits at a time from a table of the hundred pairs.
        var count = DigitCount(integer);
        var whole = Math.Max(count - scale, 1);
        var at = (bits[3] < 0 ? 1 : 0) + whole + (scale > 0 ? scale + 1 : 0);
        written = at;
        var pairs = DigitPairs;
        var fraction = scale;
        for (; fraction >= 2; fraction -= 2)
        {
            var next = integer / 100;
            var pair = 2 * (int)(integer - (next * 100));
            destination[--at] = pairs[pair + 1];
            destination[--at] = pairs[pair];
            integer = next;
        }

        if (fraction == 1)
        {
            var next = integer / 10;
            destination[--at] = (byte)('0' + (int)(integer - (next * 10)));
            integer = next;
        }

        if (scale > 0)
        {
            destination[--at] = (byte)'.';
        }

        while (integer >= 100)
        {
            var next = integer / 100;
            var pair = 2 * (int)(integer - (next * 100));
            destination[--at] = pairs[pair + 1];
            destination[--at] = pairs[pair];
            integer = next;
        }

        if (integer >= 10)
        {
            var pair = 2 * (int)integer;
            destination[--at] = pairs[pair + 1];
            destination[--at] = pairs[pair];
        }
        else
        {
            destination[--at] = (byte)('0' + (int)integer);
        }

        if (at == 1)
        {
            destination[0] = (byte)'-';
        }

        return true;
    }

    private static ReadOnlySpan<byte> DigitPairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    // The digits of a non-zero ulong (1 to 20).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DigitCount(ulong value)
    {
        var count = 1;
        while (value >= 10_000)
        {
            value /= 10_000;
            count += 4;
        }

        return value >= 100 ? (value >= 1000 ? count + 3 : count + 2) : (value >= 10 ? count + 1 : count);
    }

    /// <summary>The value with exactly <paramref name="scale"/> decimals, half away from zero.</summary>
    public static string Fixed(decimal value, int scale) =>
        Math.Round(value, scale, MidpointRounding.AwayFromZero).ToString("F" + scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static decimal RoundToSignificant(decimal value, int digits)
    {
        if (value == 0m)
        {
            return 0m;
        }

        var decimals = digits - IntegerDigits(Math.Abs(value));
        return decimals switch
        {
            >= 28 => value,
            < 0 => value,
            _ => Math.Round(value, decimals, MidpointRounding.ToEven),
        };
    }

    /// <summary>
    /// Count of significant digits as printed: trailing zeros after the decimal point count ("0.0120" has 3),
    /// trailing zeros of a whole number may be padding (for "11,653,000" that is 5 to 8, here the minimum, 5).
    /// Zero has one.
    /// </summary>
    public static int SignificantDigits(decimal printed)
    {
        var text = Math.Abs(printed).ToString(CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            text = text.TrimEnd('0');
        }

        var digits = text.Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;
        return Math.Max(1, digits);
    }

    // Digits before the decimal point of a positive value, 1 − (leading zeros after the point) below 1:
    // counted on the decimal itself, since a double logarithm is off by one next to powers of ten.
    // Compared against exact powers of ten rather than divided down: a decimal division costs as much
    // as formatting the number, and every quotient written to a report comes through here.
    private static int IntegerDigits(decimal positive)
    {
        if (positive >= 1m)
        {
            // The integer part has k digits when 10^(k−1) ≤ value (powers of ten are integers, so truncation changes nothing).
            var count = 1;
            while (count < PowersOfTen.Length && positive >= PowersOfTen[count])
            {
                count++;
            }

            return count;
        }

        // −k when value < 10^−k for k = 1 … (the same as multiplying by ten until the value reaches 0.1, which is exact here).
        var result = 0;
        while (-result < NegativePowersOfTen.Length && positive < NegativePowersOfTen[-result])
        {
            result--;
        }

        return result;
    }

    /// <summary>10^0 … 10^28, exact.</summary>
    private static readonly decimal[] PowersOfTen = [.. Enumerable.Range(0, 29).Select(Pow10)];

    /// <summary>10^−1 … 10^−28, exact (index k holds 10^−(k+1)).</summary>
    private static readonly decimal[] NegativePowersOfTen = [.. Enumerable.Range(1, 28).Select(k => new decimal(1, 0, 0, false, (byte)k))];

    private static decimal Pow10(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }

    // [0-9] rather than \d: \d also matches other scripts' digits, which the invariant culture does not read.
    [GeneratedRegex(@"^[+-]?([0-9]{1,3}([,\u2009\u202F\u00A0][0-9]{3})+(?![0-9])|[0-9]+)(\.[0-9]+)?([eE][+-]?[0-9]+)?|^[+-]?\.[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPrefixPattern();
}
