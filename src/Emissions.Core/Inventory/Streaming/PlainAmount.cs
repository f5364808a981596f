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
    private static LastUnit? t_last;

    /// <summary>The measurement, or false to leave the text to the general parse; an unknown unit throws as that parse does.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, out Measurement measurement)
    {
        measurement = default;
        if (utf8.Length > MaxLength)
        {
            return false;
        }

        // One pass over the number: its digits (at most 19 fit the integer of the decimal below), an optional fraction.
        ulong digits = 0;
        var at = 0;
        uint digit;
        while (at < utf8.Length && (digit = (uint)(utf8[at] - '0')) <= 9)
        {
            digits = (digits * 10) + digit;
            at++;
        }

        var count = at;
        if (count == 0)
        {
            return false;
        }

        var scale = 0;
        if (at < utf8.Length && utf8[at] == (byte)'.')
        {
            var point = ++at;
            while (at < utf8.Length && (digit = (uint)(utf8[at] - '0')) <= 9)
            {
                digits = (digits * 10) + digit;
                at++;
            }

            scale = at - point;
            if (scale == 0)
            {
                return false;
            }

            count += scale;
        }

        var number = at;
        while (at < utf8.Length && utf8[at] == (byte)' ')
        {
            at++;
        }

        // The unit with its spaces: the last unit's bytes (read before), or letters to the end.
        var unitText = utf8[number..];
        var last = t_last is { } known && unitText.SequenceEqual(known.Utf8) ? known.Unit : null;
        if (at == number || at == utf8.Length || (last is null && !IsLetters(utf8[at..])))
        {
            return false;
        }

        decimal value;
        if (count <= 19)
        {
            // The decimal the exact parse gives: the digits as its integer, the fraction's length (trailing zeros included) as its scale.
            value = DecimalText.FromDigits(digits, scale);
        }
        else if (!TryLong(utf8[..number], out value))
        {
            return false;
        }

        measurement = new Measurement(value, last ?? UnitOf(unitText));
        return true;
    }

    // A number of more than 19 digits by the exact parse (which refuses what a decimal cannot hold exactly).
    private static bool TryLong(ReadOnlySpan<byte> number, out decimal value)
    {
        Span<char> digits = stackalloc char[MaxLength];
        for (var i = 0; i < number.Length; i++)
        {
            digits[i] = (char)number[i];
        }

        return DecimalText.TryParseChecked(digits[..number.Length], out value);
    }

    // A unit not the last one read: parsed from its text (spaces included), and kept as the last one.
    private static Unit UnitOf(ReadOnlySpan<byte> utf8)
    {
        Span<char> text = stackalloc char[MaxLength];
        for (var i = 0; i < utf8.Length; i++)
        {
            text[i] = (char)utf8[i];
        }

        var unit = UnitParser.Parse(text[..utf8.Length]);
        t_last = new LastUnit(utf8.ToArray(), unit);
        return unit;
    }

    // One object, so the last unit's bytes and unit are one thread-static read.
    private sealed record LastUnit(byte[] Utf8, Unit Unit);

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
