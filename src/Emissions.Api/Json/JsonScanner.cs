using System.Text.Json;
using System.Text.Unicode;

namespace Emissions.Api.Json;

/// <summary>
/// Reads a body once with <see cref="Utf8JsonReader"/> before it is parsed, so that every framing
/// error names the JSON path where it happened: malformed syntax, nesting deeper than the limit,
/// a property given twice in one object, and more array entries than the limit.
/// </summary>
/// <remarks>
/// Every request body passes through here, so the common case allocates nothing per token: property
/// names are compared as their raw UTF-8 bytes (decoded only when escaped, or to name one in an
/// error), and the body's UTF-8 is validated in one pass instead of decoding every string.
/// </remarks>
public static class JsonScanner
{
    /// <summary>Above this many properties, an object's names go into a hash set rather than being compared pairwise.</summary>
    private const int LinearNameLimit = 16;

    public static void Scan(ReadOnlySpan<byte> utf8, int maxDepth, int maxEntries)
    {
        // The reader checks UTF-8 only when a string is decoded. Valid UTF-8 overall (the usual case)
        // means every string is valid but for its escapes; otherwise every string is decoded, so
        // that the first bad one is found and named.
        var decodeEveryString = !Utf8.IsValid(utf8);
        var frames = new List<Frame>();
        var names = new List<NameToken>();
        var entries = 0;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            // One more than the limit so that depth is reported by our check, with its path.
            MaxDepth = maxDepth + 1,
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        CountEntry(utf8, frames, ref entries, maxEntries);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            throw new JsonBodyException(JsonBodyError.TooDeep, PathOf(utf8, frames),
                                $"the JSON nests deeper than {maxDepth} levels", $"at most {maxDepth} levels of nesting");
                        }

                        frames.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, names.Count));
                        break;
                    case JsonTokenType.EndObject:
                        names.RemoveRange(frames[^1].NamesStart, names.Count - frames[^1].NamesStart);
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        if (decodeEveryString || reader.ValueIsEscaped)
                        {
                            _ = reader.GetString();
                        }

                        var name = new NameToken((int)reader.TokenStartIndex, reader.ValueSpan.Length, reader.ValueIsEscaped);
                        var frame = frames[^1];
                        frame.Property = name;
                        var duplicate = !Add(utf8, names, ref frame, name);
                        frames[^1] = frame;
                        if (duplicate)
                        {
                            var text = name.Decode(utf8);
                            throw new JsonBodyException(JsonBodyError.DuplicateField, PathOf(utf8, frames),
                                $"'{text}' appears more than once in the same object", "each field once per object");
                        }

                        break;
                    case JsonTokenType.String:
                        CountEntry(utf8, frames, ref entries, maxEntries);
                        if (decodeEveryString || reader.ValueIsEscaped)
                        {
                            _ = reader.GetString();
                        }

                        break;
                    default:
                        CountEntry(utf8, frames, ref entries, maxEntries);
                        break;
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonBodyException(JsonBodyError.Malformed, PathOf(utf8, frames),
                $"the body is not valid JSON: {FirstSentence(ex.Message)}", "a JSON document in UTF-8", ex);
        }
        catch (JsonException ex)
        {
            // Inside an array the failure belongs to the element after the last complete one.
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                var frame = frames[^1];
                frame.Index++;
                frames[^1] = frame;
            }

            throw new JsonBodyException(JsonBodyError.Malformed, PathOf(utf8, frames),
                $"the body is not valid JSON: {FirstSentence(ex.Message)} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})",
                "a JSON document (RFC 8259), UTF-8, without comments or trailing commas", ex);
        }
    }

    /// <summary>Adds a property name to the innermost object's; false when the object already has it.</summary>
    private static bool Add(ReadOnlySpan<byte> utf8, List<NameToken> names, ref Frame frame, NameToken name)
    {
        if (frame.Large is { } large)
        {
            return large.Add(name.Decode(utf8));
        }

        for (var i = frame.NamesStart; i < names.Count; i++)
        {
            if (names[i].SameName(name, utf8))
            {
                return false;
            }
        }

        names.Add(name);
        if (names.Count - frame.NamesStart > LinearNameLimit)
        {
            // A wide object (a map of many keys): pairwise comparison would be quadratic.
            frame.Large = new HashSet<string>(StringComparer.Ordinal);
            for (var i = frame.NamesStart; i < names.Count; i++)
            {
                frame.Large.Add(names[i].Decode(utf8));
            }
        }

        return true;
    }

    private static void CountEntry(ReadOnlySpan<byte> utf8, List<Frame> frames, ref int entries, int maxEntries)
    {
        if (frames.Count == 0 || !frames[^1].IsArray)
        {
            return;
        }

        var frame = frames[^1];
        frame.Index++;
        frames[^1] = frame;
        if (++entries > maxEntries)
        {
            throw new JsonBodyException(JsonBodyError.TooManyEntries, PathOf(utf8, frames),
                $"the body holds more than {maxEntries} array entries", $"at most {maxEntries} entries (figures, inputs, relations …) in one request");
        }
    }

    /// <summary>The path to where the scan stands, for an error: property names are decoded only now.</summary>
    private static string PathOf(ReadOnlySpan<byte> utf8, List<Frame> frames)
    {
        var decoded = new List<(bool IsArray, int Index, string? Property)>(frames.Count);
        foreach (var frame in frames)
        {
            decoded.Add((frame.IsArray, frame.Index, frame.IsArray || frame.Property is not { } name ? null : name.Decode(utf8)));
        }

        return JsonPath.Build(decoded);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    /// <summary>An object or array being read: the index of its current entry, or the property being read and where its names start.</summary>
    private struct Frame(bool isArray, int namesStart)
    {
        public readonly bool IsArray = isArray;

        public readonly int NamesStart = namesStart;

        public int Index = -1;

        public NameToken? Property;

        public HashSet<string>? Large;
    }

    /// <summary>A property name where it stands in the body: the opening quote's offset and the raw (still escaped) length between the quotes.</summary>
    private readonly record struct NameToken(int Start, int RawLength, bool Escaped)
    {
        private ReadOnlySpan<byte> Raw(ReadOnlySpan<byte> utf8) => utf8.Slice(Start + 1, RawLength);

        public bool SameName(NameToken other, ReadOnlySpan<byte> utf8) =>
            !Escaped && !other.Escaped
                ? Raw(utf8).SequenceEqual(other.Raw(utf8))
                : string.Equals(Decode(utf8), other.Decode(utf8), StringComparison.Ordinal);

        public string Decode(ReadOnlySpan<byte> utf8)
        {
            // The quoted token read on its own: the reader unescapes it as it would have in place.
            var reader = new Utf8JsonReader(utf8.Slice(Start, RawLength + 2));
            reader.Read();
            return reader.GetString()!;
        }
    }
}
