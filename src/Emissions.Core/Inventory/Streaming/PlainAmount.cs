using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The common amount of a streamed line, digits, an optional fraction, spaces and a unit of ASCII letters
/// ("1.000 MWh", "892 t"), read from its UTF-8 bytes without decoding a string. It is read exactly as
/// <see cref="Measurement.Parse(string, NumberFormat)"/> reads the same text in the invariant format: the number by
/// the same exact parse, the unit by the same parser from the same text (spaces included); anything else (group
/// separators, a sign, an exponent, another script, a unit with digits or signs) is left to that parse.
/// </summary>
internal static class PlainAmount
{
    private const int MaxLength = 64;

    // The unit's text (its leading spaces included, as the general parse reads it) and its unit, for the last unit read
    // on this thread: a list's lines mostly repeat one unit, looked up once per run of them.
    [ThreadStatic]
    private static byte[]? t_unitUtf8;
    [ThreadStatic]
    private static Unit? t_unit;

    /// <summary>The measurement, or false to leave the text to the general parse; an unknown unit throws as that parse does.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out Measurement measurement)
    {
        measurement = default;
        if (utf8.Length > MaxLength)
        {
            return false;
        }

        var number = Digits(utf8, 0);
        if (number == 0)
        {
            return false;
        }

        if (number < utf8.Length && utf8[number] == (byte)'.')
        {
            var fraction = Digits(utf8, number + 1);
            if (fraction == 0)
            {
                return false;
            }

            number += 1 + fraction;
        }

        var unit = number;
        while (unit < utf8.Length && utf8[unit] == (byte)' ')
        {
            unit++;
        }

        if (unit == number || unit == utf8.Length || !IsLetters(utf8[unit..]))
        {
            return false;
        }

        if (!TryNumber(utf8[..number], out var value))
        {
            Span<char> digits = stackalloc char[MaxLength];
            for (var i = 0; i < number; i++)
            {
                digits[i] = (char)utf8[i];
            }

            if (!DecimalText.TryParseChecked(digits[..number], out value))
            {
                return false;
            }
        }

        measurement = new Measurement(value, UnitOf(utf8[number..]));
        return true;
    }

    /// <summary>
    /// Digits with an optional fraction ("715200.830"), at most 19 of them, as the decimal the exact parse gives: the
    /// digits as its integer, the fraction's length (trailing zeros included) as its scale. False for longer numbers.
    /// </summary>
    private static bool TryNumber(ReadOnlySpan<byte> number, out decimal value)
    {
        value = 0m;
        ulong digits = 0;
        var count = 0;
        byte scale = 0;
        foreach (var b in number)
        {
            if (b == (byte)'.')
            {
                scale = (byte)(number.Length - count - 1);
                continue;
            }

            if (++count > 19)
            {
                return false;
            }

            digits = (digits * 10) + (ulong)(b - '0');
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, false, scale);
        return true;
    }

    private static Unit UnitOf(ReadOnlySpan<byte> utf8)
    {
        if (t_unit is { } last && utf8.SequenceEqual(t_unitUtf8))
        {
            return last;
        }

        Span<char> text = stackalloc char[MaxLength];
        for (var i = 0; i < utf8.Length; i++)
        {
            text[i] = (char)utf8[i];
        }

        var unit = UnitParser.Parse(text[..utf8.Length]);
        t_unitUtf8 = utf8.ToArray();
        t_unit = unit;
        return unit;
    }

    private static int Digits(ReadOnlySpan<byte> utf8, int from)
    {
        var at = from;
        while (at < utf8.Length && char.IsAsciiDigit((char)utf8[at]))
        {
            at++;
        }

        return at - from;
    }

    private static bool IsLetters(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (!char.IsAsciiLetter((char)b))
            {
                return false;
            }
        }

        return true;
    }
}
