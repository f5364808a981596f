using System.Text.Json;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// A calculate request as its UTF-8 bytes, scanned once (<see cref="InventoryScan"/>): <see cref="Root"/> is the request
/// with its line lists (fuels, electricity, heat) written as <c>[]</c> — a few hundred bytes, what a caller looks at
/// before calculating (that it is an object, the factor set it names) — and <see cref="Read"/> reads the inventory with
/// the lines streamed from the bytes. The CLI and the service read every calculate request this one way.
/// </summary>
/// <remarks>
/// When the request is not an object, <see cref="Root"/> is the whole request, parsed over <c>utf8</c> itself: the
/// bytes must outlive this. Bytes that are not JSON throw the <see cref="JsonException"/> a document parse throws.
/// </remarks>
internal sealed class InventoryRequest : IDisposable
{
    private readonly JsonDocument _header;
    private readonly StreamedLines? _lines;

    private InventoryRequest(JsonDocument header, StreamedLines? lines)
    {
        _header = header;
        _lines = lines;
    }

    /// <summary>The request without its line lists (or the whole request when it is not an object).</summary>
    public JsonElement Root => _header.RootElement;

    /// <summary>Scans <paramref name="utf8"/> with <paramref name="options"/> (its depth limit applies to the whole request).</summary>
    public static InventoryRequest Parse(ReadOnlyMemory<byte> utf8, JsonReaderOptions options)
    {
        var scan = InventoryScan.Of(utf8.Span, options, readLines: true);
        var documentOptions = new JsonDocumentOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = options.CommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
        };
        return scan is null
            ? new InventoryRequest(JsonDocument.Parse(utf8, documentOptions), null)
            : new InventoryRequest(JsonDocument.Parse(scan.Header, documentOptions), new StreamedLines(utf8, scan));
    }

    /// <summary>The inventory; errors name their fields under <paramref name="path"/> (<c>$.document</c> …).</summary>
    public Inventory Read(string path = "$") => InventoryReader.Read(Root, path, _lines);

    public void Dispose()
    {
        // The document first: it reads the scan's pooled header until then.
        _header.Dispose();
        _lines?.Scan.Dispose();
    }
}
