using System.Buffers;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// A check request as its UTF-8 bytes, scanned once with <see cref="Utf8JsonReader"/>: where its <c>figures</c> and
/// <c>relations</c> arrays are (and how many figures there are), and the rest of the request with those two arrays
/// written as <c>[]</c> (<see cref="Root"/>: the options, raw inputs and the few top-level strings, parsed as a small
/// document in a buffer rented from the shared pool). <see cref="CheckRequestReader"/> reads the figures and relations
/// straight from the bytes, so no document of the whole request is built (issue 16).
/// </summary>
/// <remarks>
/// The scan reads every token, so bytes that are not JSON fail here with the <see cref="JsonException"/> a document
/// parse with the same options threw, at the same line and byte. When the request is not an object, <see cref="Root"/>
/// is the whole request. Nothing read from the scan keeps a slice of the request's bytes or of the header: strings are
/// decoded, and the raw inputs are cloned; the bytes must outlive the scan only.
/// </remarks>
internal sealed class CheckRequestScan : IDisposable
{
    private static readonly byte[] EmptyArray = "[]"u8.ToArray();

    private readonly JsonDocument _header;
    private byte[]? _buffer;

    private CheckRequestScan(ReadOnlyMemory<byte> utf8, JsonReaderOptions options, JsonDocument header, byte[]? buffer, Range? figures, int figureCount, Range? relations)
    {
        Utf8 = utf8;
        Options = options;
        _header = header;
        _buffer = buffer;
        Figures = figures;
        FigureCount = figureCount;
        Relations = relations;
    }

    /// <summary>The request, its <c>figures</c> and <c>relations</c> written as <c>[]</c> (the whole request when it is not an object).</summary>
    public JsonElement Root => _header.RootElement;

    /// <summary>The request's bytes, as given.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>The options the request was read with: its arrays are read again with them.</summary>
    public JsonReaderOptions Options { get; }

    /// <summary>The bytes of the (last) <c>figures</c> field's array; null when that field is absent or not an array.</summary>
    public Range? Figures { get; }

    /// <summary>The number of entries in <see cref="Figures"/>.</summary>
    public int FigureCount { get; }

    /// <summary>The bytes of the (last) <c>relations</c> field's array; null when that field is absent or not an array.</summary>
    public Range? Relations { get; }

    /// <summary>Scans <paramref name="utf8"/> with <paramref name="options"/> (its depth limit applies to the whole request).</summary>
    public static CheckRequestScan Of(ReadOnlyMemory<byte> utf8, JsonReaderOptions options)
    {
        var documentOptions = new JsonDocumentOptions
        {
            MaxDepth = options.MaxDepth,
            CommentHandling = options.CommentHandling,
            AllowTrailingCommas = options.AllowTrailingCommas,
        };
        var span = utf8.Span;
        var reader = new Utf8JsonReader(span, options);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            while (reader.Read())
            {
                // Trailing content after a single value throws here, as the document parse did.
            }

            return new CheckRequestScan(utf8, options, JsonDocument.Parse(utf8, documentOptions), null, null, 0, null);
        }

        // The header is never longer than the request: each array it cuts out is at least the "[]" it writes instead.
        var header = ArrayPool<byte>.Shared.Rent(span.Length);
        try
        {
            var written = 0;
            var copied = 0;
            Range? figures = null, relations = null;
            var figureCount = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var list = ListOf(ref reader);
                reader.Read();
                if (list == List.None)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    // A later value of the field is the one read (as a document lookup finds it): not an array.
                    if (list == List.Figures)
                    {
                        figures = null;
                    }
                    else
                    {
                        relations = null;
                    }

                    reader.Skip();
                    continue;
                }

                var start = checked((int)reader.TokenStartIndex);
                if (list == List.Figures)
                {
                    figureCount = 0;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        figureCount++;
                        reader.Skip();
                    }

                    figures = new Range(start, checked((int)reader.BytesConsumed));
                }
                else
                {
                    reader.Skip();
                    relations = new Range(start, checked((int)reader.BytesConsumed));
                }

                var end = checked((int)reader.BytesConsumed);
                Append(header, ref written, span[copied..start]);
                Append(header, ref written, EmptyArray);
                copied = end;
            }

            while (reader.Read())
            {
                // Nothing may follow the object; the reader throws on anything but white space.
            }

            Append(header, ref written, span[copied..]);
            var document = JsonDocument.Parse(header.AsMemory(0, written), documentOptions);
            return new CheckRequestScan(utf8, options, document, header, figures, figureCount, relations);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(header);
            throw;
        }
    }

    public void Dispose()
    {
        // The document first: it reads the pooled header until then.
        _header.Dispose();
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static List ListOf(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            // A name written with escapes ("figur\u0065s") is the field a document lookup would find by its decoded name.
            return reader.GetString() switch
            {
                "figures" => List.Figures,
                "relations" => List.Relations,
                _ => List.None,
            };
        }

        return reader.ValueSpan.SequenceEqual("figures"u8) ? List.Figures
            : reader.ValueSpan.SequenceEqual("relations"u8) ? List.Relations
            : List.None;
    }

    private static void Append(byte[] header, ref int written, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(header.AsSpan(written));
        written += bytes.Length;
    }

    private enum List
    {
        None,
        Figures,
        Relations,
    }
}
