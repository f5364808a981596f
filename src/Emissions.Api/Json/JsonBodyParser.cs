using System.Text.Json;
using System.Text.Unicode;

namespace Emissions.Api.Json;

/// <summary>
/// A request body's bytes into a document within the limits, refusing exactly what <see cref="JsonScanner"/> refuses,
/// with its errors. The usual body is well-formed, so it is parsed once by a parse that itself refuses what the scanner
/// would (nesting past the limit, a name twice in one object); the scanner reads it first only when that parse fails,
/// or when the parse cannot tell (invalid UTF-8, escapes, which the parse does not decode; more bytes than could hold
/// the entry limit is answered by counting the document's entries).
/// </summary>
/// <remarks>
/// The scan was a second full pass over every body: about a twentieth of a Kuaishou check request's server CPU
/// (bench/load/RESULTS.md).
/// </remarks>
public static class JsonBodyParser
{
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, int maxDepth, int maxEntries)
    {
        // The document keeps the memory it parses: it gets its own copy, the caller's (pooled) buffer goes back.
        var copy = utf8.ToArray();
        if (TryParseWithinLimits(copy, maxDepth, maxEntries) is { } document)
        {
            return document;
        }

        JsonScanner.Scan(copy, maxDepth, maxEntries);
        return JsonDocument.Parse(copy, new JsonDocumentOptions { MaxDepth = maxDepth + 1 });
    }

    /// <summary>The document, when one parse shows the scanner would pass the body; null when only the scanner can say.</summary>
    private static JsonDocument? TryParseWithinLimits(byte[] utf8, int maxDepth, int maxEntries)
    {
        // Escapes (a lone surrogate, a name written two ways) and invalid UTF-8 are the scanner's to judge, as is a
        // depth limit the parse cannot take (its 0 means its own default).
        if (maxDepth < 1 || utf8.AsSpan().Contains((byte)'\\') || !Utf8.IsValid(utf8))
        {
            return null;
        }

        JsonDocument document;
        try
        {
            // The reader refuses a container at depth MaxDepth, where the scanner refuses one at depth maxDepth.
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = maxDepth, AllowDuplicateProperties = false });
        }
        catch (JsonException)
        {
            return null;
        }

        // Each array entry takes its first byte and a ',' or ']' after it, so fewer than twice the limit's bytes cannot exceed it.
        if (utf8.Length > 2L * maxEntries && !WithinEntries(document.RootElement, maxEntries))
        {
            document.Dispose();
            return null;
        }

        return document;
    }

    /// <summary>Whether the value holds at most <paramref name="maxEntries"/> array entries, nested ones included (the scanner's count).</summary>
    private static bool WithinEntries(JsonElement root, int maxEntries)
    {
        var entries = 0;
        return Count(root);

        bool Count(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (++entries > maxEntries || !Count(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (!Count(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
    }
}
