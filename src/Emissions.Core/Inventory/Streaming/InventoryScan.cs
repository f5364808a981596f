using System.Buffers;
using System.Text.Json;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The top level of a calculate request scanned once with <see cref="Utf8JsonReader"/>: where the line lists
/// (<c>fuels</c>, <c>electricity</c>, <c>heat</c>) are, and the rest of the request with those lists written as
/// <c>[]</c> (<see cref="Header"/>: a few hundred bytes, read as before, in a buffer rented from the shared pool and
/// returned on <see cref="Dispose"/>). The lines are then read straight from
/// the request's bytes by <see cref="LineStream"/>. The scan reads every token, so a request that is not JSON
/// fails here as <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> failed on it: the
/// same <see cref="JsonException"/>, at the same line and byte.
/// </summary>
internal sealed class InventoryScan : IDisposable
{
    /// <summary>The streamed lists, in the order the reader reads them.</summary>
    public static readonly string[] Lists = ["fuels", "electricity", "heat"];

    private static readonly byte[][] ListNames = [.. Lists.Select(System.Text.Encoding.UTF8.GetBytes)];
    private static readonly byte[] EmptyArray = "[]"u8.ToArray();

    private byte[]? _buffer;
    private readonly int _length;

    private InventoryScan(byte[] buffer, int length, (int Start, int Length)?[] ranges, object?[] read)
    {
        _buffer = buffer;
        _length = length;
        Ranges = ranges;
        Read = read;
    }

    /// <summary>The request with the streamed lists as empty arrays; valid until <see cref="Dispose"/>.</summary>
    public ReadOnlyMemory<byte> Header => _buffer is { } buffer ? buffer.AsMemory(0, _length) : throw new ObjectDisposedException(nameof(InventoryScan));

    /// <summary>Per <see cref="Lists"/> entry, the array's bytes when the request's (last) value of that field is an array.</summary>
    public IReadOnlyList<(int Start, int Length)?> Ranges { get; }

    /// <summary>
    /// Per <see cref="Lists"/> entry, the lines of the array of <see cref="Ranges"/> read in the scan into its columns'
    /// builder (<see cref="FuelColumns.Builder"/> …), deferred lines and notes pending; null when not read so. Read
    /// in the invariant number format: the reader uses them only when the request's format is that one.
    /// </summary>
    public IReadOnlyList<object?> Read { get; }

    /// <summary>The scan, or <see langword="null"/> when the request is not an object (the element reader says so, as before).</summary>
    /// <remarks>
    /// With <paramref name="readLines"/>, the line lists are read into columns as the scan passes them (one pass over
    /// their bytes instead of two), when the reader's options are the default ones for them (no comments, no trailing
    /// commas, a depth limit that allows a line object) and no number format other than the invariant one is in force.
    /// The scan then leaves its reader at each list and resumes one after it (the lines between are read by
    /// <see cref="LineStream"/>, mostly matched by hand); a resumed reader counts lines and bytes from where it resumed,
    /// so bytes that are not JSON are scanned again by one reader, for the error at its place.
    /// </remarks>
    public static InventoryScan? Of(ReadOnlySpan<byte> utf8, JsonReaderOptions options, bool readLines = false)
    {
        readLines &= options.CommentHandling == JsonCommentHandling.Disallow && !options.AllowTrailingCommas
            && options.MaxDepth is 0 or >= 3 && AmountReading.CurrentFormat == Quantities.NumberFormat.Invariant;
        if (readLines)
        {
            try
            {
                return Scan(utf8, options, readLines: true);
            }
            catch (JsonException)
            {
                // Not JSON: the scan below throws the same error, at its line and byte.
            }
        }

        return Scan(utf8, options, readLines: false);
    }

    private static InventoryScan? Scan(ReadOnlySpan<byte> utf8, JsonReaderOptions options, bool readLines)
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

        var ranges = new (int Start, int Length)?[Lists.Length];
        var read = new object?[Lists.Length];
        var (states, afterList) = readLines ? (ListStates.InObject(options), ListStates.AfterList(options)) : default;
        var cuts = new List<(int Start, int End)>();
        var offset = 0;
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
                read[list] = null;
                reader.Skip();
                continue;
            }

            var start = offset + checked((int)reader.TokenStartIndex);
            int end;
            if (readLines)
            {
                (read[list], end) = ReadLines(list, utf8, start, states);
                offset = end;
                reader = new Utf8JsonReader(utf8[end..], isFinalBlock: true, afterList);
            }
            else
            {
                reader.Skip();
                end = offset + checked((int)reader.BytesConsumed);
            }

            ranges[list] = (start, end - start);
            cuts.Add((start, end));
        }

        while (reader.Read())
        {
            // Nothing may follow the object; a reader throws on anything but white space.
        }

        return new InventoryScan(HeaderOf(utf8, cuts, out var written), written, ranges, read);
    }

    // The request with each cut (a streamed list) written as "[]", in a buffer of its length from the shared pool: a
    // few hundred bytes, not the request's length.
    private static byte[] HeaderOf(ReadOnlySpan<byte> utf8, List<(int Start, int End)> cuts, out int written)
    {
        var length = utf8.Length;
        foreach (var (start, end) in cuts)
        {
            length -= end - start - EmptyArray.Length;
        }

        var header = ArrayPool<byte>.Shared.Rent(length);
        written = 0;
        var copied = 0;
        foreach (var (start, end) in cuts)
        {
            Append(header, ref written, utf8[copied..start]);
            Append(header, ref written, EmptyArray);
            copied = end;
        }

        Append(header, ref written, utf8[copied..]);
        return header;
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The lines of list `list` (its "[" at `open`) into its columns' builder, and the index past its "]".
    private static (object Lines, int End) ReadLines(int list, ReadOnlySpan<byte> utf8, int open, ListStates states)
    {
        switch (list)
        {
            case 0:
                var fuels = new FuelColumns.Builder();
                return (fuels, LineStream.Read<FuelInput, FuelColumns.Builder>(utf8, open, fuels, LineStream.FuelLines, states));
            case 1:
                var electricity = new ElectricityColumns.Builder();
                return (electricity, LineStream.Read<ElectricityInput, ElectricityColumns.Builder>(utf8, open, electricity, LineStream.ElectricityLines, states));
            default:
                var heat = new HeatColumns.Builder();
                return (heat, LineStream.Read<HeatInput, HeatColumns.Builder>(utf8, open, heat, LineStream.HeatLines, states));
        }
    }

    private static void Append(byte[] header, ref int written, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(header.AsSpan(written));
        written += bytes.Length;
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
