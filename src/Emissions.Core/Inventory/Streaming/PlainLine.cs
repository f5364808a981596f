using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Space(ReadOnlySpan<byte> utf8, ref int at)
    {
        // Most tokens are followed by one space or none: a byte above the space character ends it at once.
        while ((uint)at < (uint)utf8.Length && utf8[at] <= (byte)' ' && utf8[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }
    }

    /// <summary>
    /// The closing quote of a plain string whose contents start at <paramref name="start"/>, or -1 when a byte before it
    /// is not printable ASCII (0x20–0x7E) or is a backslash, or the text ends first. Sixteen bytes at a time where
    /// sixteen remain (one comparison finds the first byte that is a quote, a backslash or not printable: a line's
    /// values are mostly shorter, so one step), byte by byte near the end of the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ClosingQuote(ReadOnlySpan<byte> utf8, int start)
    {
        var i = start;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref MemoryMarshal.GetReference(utf8);
            while (utf8.Length - i >= Vector128<byte>.Count)
            {
                var block = Vector128.LoadUnsafe(ref first, (nuint)(uint)i);
                // Not printable: below 0x20 or above 0x7E, one unsigned comparison after moving 0x20 to 0.
                var stop = Vector128.Equals(block, Vector128.Create((byte)'"')) | Vector128.Equals(block, Vector128.Create((byte)'\\'))
                    | Vector128.GreaterThan(block - Vector128.Create((byte)0x20), Vector128.Create((byte)(0x7E - 0x20)));
                var mask = stop.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    var at = i + BitOperations.TrailingZeroCount(mask);
                    return utf8[at] == (byte)'"' ? at : -1;
                }

                i += Vector128<byte>.Count;
            }
        }

        for (; (uint)i < (uint)utf8.Length; i++)
        {
            var b = utf8[i];
            if (b == (byte)'"')
            {
                return i;
            }

            if ((uint)(b - 0x20) > 0x7E - 0x20 || b == (byte)'\\')
            {
                return -1;
            }
        }

        return -1;
    }

    // A plain string at `at` (on its opening quote): its contents, `at` moved past the closing quote.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool String(ReadOnlySpan<byte> utf8, ref int at, out Range contents)
    {
        contents = default;
        var i = at;
        if ((uint)i >= (uint)utf8.Length || utf8[i] != (byte)'"')
        {
            return false;
        }

        var start = i + 1;
        i = ClosingQuote(utf8, start);
        if (i < 0)
        {
            return false;
        }

        contents = start..i;
        at = i + 1;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Field(ReadOnlySpan<byte> name, byte[][] names)
    {
        for (var i = 0; i < names.Length; i++)
        {
            var known = names[i];
            if (name.Length == known.Length && name.SequenceEqual(known))
            {
                return i;
            }
        }

        return -1;
    }
}
