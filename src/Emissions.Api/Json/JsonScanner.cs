using System.Text.Json;

namespace Emissions.Api.Json;

/// <summary>
/// Reads a body once with <see cref="Utf8JsonReader"/> before it is parsed, so that every framing
/// error names the JSON path where it happened: malformed syntax, nesting deeper than the limit,
/// a property given twice in one object, and more array entries than the limit.
/// </summary>
public static class JsonScanner
{
    public static void Scan(ReadOnlySpan<byte> utf8, int maxDepth, int maxEntries)
    {
        var frames = new List<(bool IsArray, int Index, string? Property)>();
        var seen = new Stack<HashSet<string>>();
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
                        CountEntry(frames, ref entries, maxEntries);
                        if (reader.CurrentDepth >= maxDepth)
                        {
                            throw new JsonBodyException(JsonBodyError.TooDeep, JsonPath.Build(frames),
                                $"the JSON nests deeper than {maxDepth} levels", $"at most {maxDepth} levels of nesting");
                        }

                        var isArray = reader.TokenType == JsonTokenType.StartArray;
                        frames.Add((isArray, -1, null));
                        if (!isArray)
                        {
                            seen.Push(new HashSet<string>(StringComparer.Ordinal));
                        }

                        break;
                    case JsonTokenType.EndObject:
                        seen.Pop();
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        frames[^1] = (false, -1, name);
                        if (!seen.Peek().Add(name))
                        {
                            throw new JsonBodyException(JsonBodyError.DuplicateField, JsonPath.Build(frames),
                                $"'{name}' appears more than once in the same object", "each field once per object");
                        }

                        break;
                    case JsonTokenType.String:
                        CountEntry(frames, ref entries, maxEntries);

                        // The reader checks UTF-8 only when a string is decoded; decode it here, not later in a handler.
                        _ = reader.GetString();
                        break;
                    default:
                        CountEntry(frames, ref entries, maxEntries);
                        break;
                }
            }
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonBodyException(JsonBodyError.Malformed, JsonPath.Build(frames),
                $"the body is not valid JSON: {FirstSentence(ex.Message)}", "a JSON document in UTF-8", ex);
        }
        catch (JsonException ex)
        {
            // Inside an array the failure belongs to the element after the last complete one.
            if (frames.Count > 0 && frames[^1].IsArray)
            {
                frames[^1] = (true, frames[^1].Index + 1, null);
            }

            throw new JsonBodyException(JsonBodyError.Malformed, JsonPath.Build(frames),
                $"the body is not valid JSON: {FirstSentence(ex.Message)} (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})",
                "a JSON document (RFC 8259), UTF-8, without comments or trailing commas", ex);
        }
    }

    private static void CountEntry(List<(bool IsArray, int Index, string? Property)> frames, ref int entries, int maxEntries)
    {
        if (frames.Count == 0 || !frames[^1].IsArray)
        {
            return;
        }

        var (_, index, _) = frames[^1];
        frames[^1] = (true, index + 1, null);
        if (++entries > maxEntries)
        {
            throw new JsonBodyException(JsonBodyError.TooManyEntries, JsonPath.Build(frames),
                $"the body holds more than {maxEntries} array entries", $"at most {maxEntries} entries (figures, inputs, relations …) in one request");
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }
}
