using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Calculation;
using Emissions.Inventory;
using Emissions.Inventory.Streaming;
using Emissions.Quantities;

namespace Emissions.Contract.Calculations;

/// <summary>
/// A list of trace inputs (a trace's <c>inputs</c>, a summary answer's <c>lines</c>) written as the serialiser writes
/// it, the same bytes, each input as <see cref="TraceInputJsonConverter"/> writes it; the lines of an inventory list a
/// trace refers to (<see cref="LineInputs"/>) are written from their amounts, a streamed line's path formatted straight
/// into the writer, with no input or string made per line; the writer is flushed as the list goes (to its stream,
/// when it has one). Writing only.
/// </summary>
internal sealed class TraceInputListJsonConverter : JsonConverter<IReadOnlyList<TraceInput>>
{
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");

    // Longer paths than this are written from their string.
    private const int PathBytes = 256;

    // A writer over a stream passes what it holds on at this size: a list of 100,000 lines is written in one call.
    private const int FlushAt = 64 * 1024;

    public override IReadOnlyList<TraceInput> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("trace inputs are written, not read");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<TraceInput> value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        Span<byte> path = stackalloc byte[PathBytes];
        foreach (var part in Parts(value))
        {
            if (part is LineInputs { Columns: { } columns })
            {
                Write(writer, columns, path, (LineInputs)part);
                continue;
            }

            if (part is LineInputs lines)
            {
                for (var i = 0; i < lines.Count; i++)
                {
                    Write(writer, lines.AmountAt(i), path);
                    FlushFull(writer);
                }

                continue;
            }

            foreach (var input in part)
            {
                Write(writer, input.Field, input.Measured);
                FlushFull(writer);
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one input as <c>{"field":…,"value":…,"unit":…}</c>.</summary>
    public static void Write(Utf8JsonWriter writer, string field, Measurement measured)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(FieldName, field);
        WriteValue(writer, measured);
        writer.WriteEndObject();
    }

    // A streamed list's amounts from its columns: each path written as the list's bytes, the index and ".amount".
    private static void Write(Utf8JsonWriter writer, IAmountLines columns, Span<byte> path, LineInputs lines)
    {
        var prefix = System.Text.Encoding.UTF8.GetByteCount(columns.List) + 1;
        if (prefix + 20 + AmountSuffix.Length > path.Length)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                Write(writer, lines.AmountAt(i), path);
                FlushFull(writer);
            }

            return;
        }

        if (!writer.Options.Indented && CompactLine.Of(columns.List, writer.Options.Encoder) is { } compact)
        {
            compact.Write(writer, columns, lines);
            return;
        }

        System.Text.Encoding.UTF8.GetBytes(columns.List, path);
        path[prefix - 1] = (byte)'[';
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns.Kept(i))
            {
                Write(writer, lines.AmountAt(i), path[(prefix + 20 + AmountSuffix.Length)..]);
                FlushFull(writer);
                continue;
            }

            System.Buffers.Text.Utf8Formatter.TryFormat(i, path[prefix..], out var digits);
            AmountSuffix.CopyTo(path[(prefix + digits)..]);
            writer.WriteStartObject();
            writer.WriteString(FieldName, path[..(prefix + digits + AmountSuffix.Length)]);
            WriteValue(writer, columns.AmountOf(i));
            writer.WriteEndObject();
            FlushFull(writer);
        }
    }

    private static ReadOnlySpan<byte> AmountSuffix => "].amount"u8;

    private static void Write(Utf8JsonWriter writer, Amount amount, Span<byte> path)
    {
        writer.WriteStartObject();
        if (amount.TryFormatPath(path, out var written))
        {
            writer.WriteString(FieldName, path[..written]);
        }
        else
        {
            writer.WriteString(FieldName, amount.Path);
        }

        WriteValue(writer, amount.Measurement);
        writer.WriteEndObject();
    }

    // The value as TraceInput.Value gives it (exact invariant text), without a string for the common short values.
    private static void WriteValue(Utf8JsonWriter writer, Measurement measured)
    {
        Span<byte> text = stackalloc byte[DecimalText.ShortExactLength];
        if (DecimalText.TryFormatShortExact(measured.Value, text, out var written))
        {
            writer.WriteString(ValueName, text[..written]);
        }
        else
        {
            writer.WriteString(ValueName, DecimalText.Exact(measured.Value));
        }

        writer.WriteString(UnitName, measured.Unit.Symbol);
    }

    internal static void FlushFull(Utf8JsonWriter writer)
    {
        if (writer.BytesPending > FlushAt)
        {
            writer.Flush();
        }
    }

    private static IEnumerable<IReadOnlyList<TraceInput>> Parts(IReadOnlyList<TraceInput> inputs) => inputs switch
    {
        LineList lines => lines.Parts,
        JoinedInputs joined => joined.Parts,
        _ => [inputs],
    };
}
