using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// Long UTF-8 text (a check's explanation, ~300–600 bytes) as a JSON string property, copied without the writer's escaping
/// scan when the writer's encoder leaves every byte of it as it is. The encoder's own scan goes byte by byte from the
/// first non-ASCII character on (a unit such as 兆瓦時 early in the prose), ~10 instructions a byte: ~5,400 an explanation,
/// more than the rest of a check's prose costs to write. Here the ASCII stretches are searched several bytes at a time
/// for the few ASCII bytes the encoder escapes (asked of the encoder itself, once), and only the non-ASCII stretches
/// are put to the encoder; text with anything to escape is left to the writer, so the bytes are the writer's either way.
/// </summary>
internal static class UnescapedText
{
    /// <summary>Longer text goes to the writer as it is (a quoted copy is made on the stack).</summary>
    private const int MaxLength = 2048;

    private static Rules? s_rules;

    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= MaxLength && writer.Options.Encoder is { } encoder && NeedsNoEscaping(encoder, utf8))
        {
            WriteQuoted(writer, name, utf8);
        }
        else
        {
            writer.WriteString(name, utf8);
        }
    }

    /// <summary>Whether <paramref name="encoder"/> leaves every byte of <paramref name="utf8"/> as it is.</summary>
    internal static bool NeedsNoEscaping(JavaScriptEncoder encoder, ReadOnlySpan<byte> utf8)
    {
        var rules = RulesFor(encoder);
        var stops = rules.Stops;
        while (true)
        {
            var stop = utf8.IndexOfAny(stops);
            if (stop < 0)
            {
                return true;
            }

            if (utf8[stop] < 0x80)
            {
                // An ASCII byte the encoder escapes.
                return false;
            }

            // A stretch of non-ASCII characters (never split: no byte of a multi-byte character is ASCII).
            utf8 = utf8[stop..];
            var end = utf8.IndexOfAnyInRange((byte)0, (byte)0x7F);
            var stretch = end < 0 ? utf8 : utf8[..end];
            if (!rules.IsKnownUnescaped(stretch))
            {
                if (encoder.FindFirstCharacterToEncodeUtf8(stretch) >= 0)
                {
                    return false;
                }

                rules.KnowUnescaped(stretch);
            }

            if (end < 0)
            {
                return true;
            }

            utf8 = utf8[end..];
        }
    }

    /// <summary>The property name, then the text in quotes as a raw value: the bytes <c>WriteString</c> writes for text it does not escape.</summary>
    [SkipLocalsInit]
    private static void WriteQuoted(Utf8JsonWriter writer, JsonEncodedText name, ReadOnlySpan<byte> utf8)
    {
        Span<byte> quoted = stackalloc byte[MaxLength + 2];
        quoted[0] = (byte)'"';
        utf8.CopyTo(quoted[1..]);
        quoted[utf8.Length + 1] = (byte)'"';
        writer.WritePropertyName(name);
        writer.WriteRawValue(quoted[..(utf8.Length + 2)], skipInputValidation: true);
    }

    private static Rules RulesFor(JavaScriptEncoder encoder)
    {
        var rules = s_rules;
        if (rules is null || !ReferenceEquals(rules.Encoder, encoder))
        {
            s_rules = rules = new Rules(encoder);
        }

        return rules;
    }

    /// <summary>
    /// For one encoder: the bytes that stop the search, every non-ASCII byte and each ASCII byte the encoder escapes; and the
    /// last non-ASCII stretches it left alone. The prose repeats a few (兆瓦時, 吉焦, "−∞"), and asking the encoder again
    /// cost ~480 instructions a stretch; its answer for the same bytes is the same, so a stretch found here is not asked.
    /// </summary>
    private sealed class Rules
    {
        // A request's own unit symbols and names are not bounded: only the first few stretches are kept, short ones.
        private const int MaxKnown = 16;
        private const int MaxKnownLength = 32;

        // Replaced whole, never changed in place: a reader on another thread sees an old list or the new one.
        private byte[][] _known = [];

        public Rules(JavaScriptEncoder encoder)
        {
            Encoder = encoder;
            var stops = new List<byte>();
            for (var b = 0; b < 0x100; b++)
            {
                if (b >= 0x80 || encoder.FindFirstCharacterToEncodeUtf8([(byte)b]) >= 0)
                {
                    stops.Add((byte)b);
                }
            }

            Stops = SearchValues.Create([.. stops]);
        }

        public JavaScriptEncoder Encoder { get; }

        public SearchValues<byte> Stops { get; }

        /// <summary>Whether the encoder was asked about exactly these bytes and left every one of them alone.</summary>
        public bool IsKnownUnescaped(ReadOnlySpan<byte> stretch)
        {
            foreach (var known in Volatile.Read(ref _known))
            {
                if (stretch.SequenceEqual(known))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Remembers a stretch the encoder left alone, while there is room.</summary>
        public void KnowUnescaped(ReadOnlySpan<byte> stretch)
        {
            var known = Volatile.Read(ref _known);
            if (known.Length < MaxKnown && stretch.Length <= MaxKnownLength)
            {
                Volatile.Write(ref _known, [.. known, stretch.ToArray()]);
            }
        }
    }
}
