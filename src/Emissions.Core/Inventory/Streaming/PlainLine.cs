using System.Buffers;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The common shape of a streamed line, one flat object whose fields are all plain strings
/// (<c>{"amount": "1.000 MWh", "region": "CN-North"}</c>), matched by hand on its UTF-8 bytes: each field's value
/// found as a span, with no token-by-token reading. A plain string here is printable ASCII without a quote or a
/// backslash, so it is valid JSON as it stands and its bytes are its text. Anything else (another field, a field
/// twice, a value that is not such a string, non-ASCII text, an escape, a comment) is not matched, and the caller
/// reads the line with <see cref="System.Text.Json.Utf8JsonReader"/> as before: this decides nothing that reader would decide otherwise.
/// </summary>
internal static class PlainLine
{
    /// <summary>Room for the fields of any streamed list (electricity has the most, four).</summary>
    public const int MaxFields = 4;

    // Bytes a plain string may hold: printable ASCII less the quote and the backslash.
    private static readonly SearchValues<byte> Plain = SearchValues.Create([.. Enumerable.Range(0x20, 0x7F - 0x20).Where(b => b is not '"' and not '\\').Select(b => (byte)b)]);

    /// <summary>
    /// The object at <paramref name="at"/> (on its "{") when it has the shape above and only fields of
    /// <paramref name="names"/>: each field's value in <paramref name="values"/> by its index in <paramref name="names"/>
    /// (an absent field: default), and <paramref name="at"/> moved past the "}". False leaves <paramref name="at"/> alone.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8, ref int at, byte[][] names, Span<Range> values)
    {
        values.Clear();
        var i = at + 1;
        var seen = 0;
        Space(utf8, ref i);
        if (i < utf8.Length && utf8[i] == (byte)'}')
        {
            at = i + 1;
            return true;
        }

        while (true)
        {
            if (!String(utf8, ref i, out var name) || Field(utf8[name], names) is not (>= 0 and var field) || (seen & (1 << field)) != 0)
            {
                return false;
            }

            seen |= 1 << field;
            Space(utf8, ref i);
            if (i >= utf8.Length || utf8[i] != (byte)':')
            {
                return false;
            }

            i++;
            Space(utf8, ref i);
            if (!String(utf8, ref i, out values[field]))
            {
                return false;
            }

            Space(utf8, ref i);
            if (i >= utf8.Length)
            {
                return false;
            }

            if (utf8[i] == (byte)'}')
            {
                at = i + 1;
                return true;
            }

            if (utf8[i] != (byte)',')
            {
                return false;
            }

            i++;
            Space(utf8, ref i);
        }
    }

    /// <summary>Moves <paramref name="at"/> past JSON white space.</summary>
    public static void Space(ReadOnlySpan<byte> utf8, ref int at)
    {
        while (at < utf8.Length && utf8[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }
    }

    // A plain string at `at` (on its opening quote): its contents, `at` moved past the closing quote.
    private static bool String(ReadOnlySpan<byte> utf8, ref int at, out Range contents)
    {
        contents = default;
        if (at >= utf8.Length || utf8[at] != (byte)'"')
        {
            return false;
        }

        var start = at + 1;
        var length = utf8[start..].IndexOfAnyExcept(Plain);
        if (length < 0 || utf8[start + length] != (byte)'"')
        {
            return false;
        }

        contents = start..(start + length);
        at = start + length + 1;
        return true;
    }

    private static int Field(ReadOnlySpan<byte> name, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            if (name.SequenceEqual(names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
