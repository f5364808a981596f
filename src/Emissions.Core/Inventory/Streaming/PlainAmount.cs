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

        Span<char> text = stackalloc char[MaxLength];
        for (var i = 0; i < utf8.Length; i++)
        {
            text[i] = (char)utf8[i];
        }

        if (!DecimalText.TryParseChecked(text[..number], out var value))
        {
            return false;
        }

        measurement = new Measurement(value, UnitParser.Parse(text[number..utf8.Length]));
        return true;
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
