using System.Buffers;
using System.Text.Json;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The top level of a calculate request scanned once with <see cref="Utf8JsonReader"/>: where the line lists
/// (<c>fuels</c>, <c>electricity</c>, <c>heat</c>) are, and the rest of the request with those lists written as
/// <c>[]</c> (<see cref="Header"/>: a few hundred bytes, read as before). The lines are then read straight from
/// the request's bytes by <see cref="LineStream"/>. The scan reads every token, so a request that is not JSON
/// fails here as <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> failed on it: the
/// same <see cref="JsonException"/>, at the same line and byte.
/// </summary>
internal sealed class InventoryScan
{
    /// <summary>The streamed lists, in the order the reader reads them.</summary>
    public static readonly string[] Lists = ["fuels", "electricity", "heat"];

    private static readonly byte[][] ListNames = [.. Lists.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[] EmptyArray = "[]"u8.ToArray();

    private InventoryScan(byte[] header, (int Start, int Length)?[] ranges)
    {
        Header = header;
        Ranges = ranges;
    }

    /// <summary>The request with the streamed lists as empty arrays.</summary>
    public byte[] Header { get; }

    /// <summary>Per <see cref="Lists"/> entry, the array's bytes when the request's (last) value of that field is an array.</summary>
    public IReadOnlyList<(int Start, int Length)?> Ranges { get; }

    /// <summary>The scan, or <see langword="null"/> when the request is not an object (the element reader says so, as before).</summary>
    public static InventoryScan? Of(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
        var reader = new Utf8JsonReader(utf8, options);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            while (reader.Read())
            {
                // Trailing content after a single value throws here, as the document parse did.
            }

            return null;
        }

        var header = new ArrayBufferWriter<byte>(Math.Min(utf8.Length, 4096));
        var ranges = new (int Start, int Length)?[Lists.Length];
        var copied = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var list = ListOf(ref reader);
            reader.Read();
            if (list < 0)
            {
                reader.Skip();
                continue;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
            {
                ranges[list] = null;
                reader.Skip();
                continue;
            }

            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            var end = checked((int)reader.BytesConsumed);
            ranges[list] = (start, end - start);
            header.Write(utf8[copied..start]);
            header.Write(EmptyArray);
            copied = end;
        }

        while (reader.Read())
        {
            // Nothing may follow the object; a reader throws on anything but white space.
        }

        header.Write(utf8[copied..]);
        return new InventoryScan(header.WrittenSpan.ToArray(), ranges);
    }

    private static int ListOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < ListNames.Length; i++)
        {
            if (reader.ValueTextEquals(ListNames[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
