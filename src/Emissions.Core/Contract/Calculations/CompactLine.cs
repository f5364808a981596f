using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Emissions.Calculation;
using Emissions.Inventory.Streaming;
using Emissions.Quantities;

namespace Emissions.Contract.Calculations;

/// <summary>
/// A streamed list's amounts written by a compact writer as whole objects, <c>{"field":"$.electricity[7].amount",
/// "value":"1.5","unit":"MWh"}</c>, each put together as UTF-8 and handed to the writer as one raw value: the bytes
/// the writer writes property by property (the list's path and each unit encoded once by the writer's own encoder,
/// digits and points need no escaping), without its per-property escaping checks for 100,000 lines.
/// </summary>
internal sealed class CompactLine
{
    private const int LineBytes = 512;

    private readonly byte[] _start;
    private readonly JavaScriptEncoder? _encoder;
    private Unit? _unit;
    private byte[] _end = [];

    private CompactLine(byte[] start, JavaScriptEncoder? encoder)
    {
        _start = start;
        _encoder = encoder;
    }

    /// <summary>The writer of the list at <paramref name="list"/>, or null when its path needs escaping or is long (written the usual way then).</summary>
    public static CompactLine? Of(string list, JavaScriptEncoder? encoder)
    {
        var utf8 = Encoding.UTF8.GetBytes(list);
        if (utf8.Length > LineBytes / 4 || !JsonEncodedText.Encode(list, encoder).EncodedUtf8Bytes.SequenceEqual(utf8))
        {
            return null;
        }

        return new CompactLine([.. "{\"field\":\""u8, .. utf8, (byte)'['], encoder);
    }

    /// <summary>Every line's amount; a line kept as the element reader's record is written from its amount as before.</summary>
    /// <remarks>
    /// Lines are put together in a chunk of <see cref="ChunkBytes"/>, each after a comma but the first, and the chunk is
    /// handed to the writer as one raw value: the writer puts the list's comma before it and copies it, the same bytes
    /// as one raw value per line, with its per-value work done once per chunk instead of once per line.
    /// </remarks>
    public void Write(Utf8JsonWriter writer, IAmountLines columns, LineInputs lines)
    {
        Span<byte> chunk = stackalloc byte[ChunkBytes];
        var pending = 0;
        var number = new LineNumber(stackalloc byte[LineNumber.Room]);
        var anyKept = !columns.AllStreamed;
        for (var i = 0; i < columns.Count; i++, number.Next())
        {
            var measured = columns.AmountOf(i);
            var end = End(measured.Unit);
            if (!(anyKept && columns.Kept(i)) && _start.Length + 20 + Middle.Length + DecimalText.ShortExactLength + end.Length <= LineBytes)
            {
                if (pending > ChunkBytes - LineBytes - 1)
                {
                    Emit(writer, chunk[..pending]);
                    pending = 0;
                }

                var at = pending;
                if (at > 0)
                {
                    chunk[at++] = (byte)',';
                }

                if (Line(chunk.Slice(at, LineBytes), number.Text, measured.Value, end, out var written))
                {
                    pending = at + written;
                    continue;
                }
            }

            // A kept line, or a value of more than 20 digits: the lines before it first, then it the usual way.
            if (pending > 0)
            {
                Emit(writer, chunk[..pending]);
                pending = 0;
            }

            var amount = lines.AmountAt(i);
            TraceInputListJsonConverter.Write(writer, amount.Path, amount.Measurement);
            TraceInputListJsonConverter.FlushFull(writer);
        }

        if (pending > 0)
        {
            Emit(writer, chunk[..pending]);
        }
    }

    private const int ChunkBytes = 16 * 1024;

    private static void Emit(Utf8JsonWriter writer, ReadOnlySpan<byte> lines)
    {
        writer.WriteRawValue(lines, skipInputValidation: true);
        TraceInputListJsonConverter.FlushFull(writer);
    }

    private static ReadOnlySpan<byte> Middle => "].amount\",\"value\":\""u8;

    // `{"field":"<list>[<number>].amount","value":"<value>` and the unit's end, or false for a value of more than 20 digits.
    private bool Line(Span<byte> line, ReadOnlySpan<byte> number, decimal value, byte[] end, out int written)
    {
        written = 0;
        _start.CopyTo(line);
        var at = _start.Length;
        number.CopyTo(line[at..]);
        at += number.Length;
        Middle.CopyTo(line[at..]);
        at += Middle.Length;
        if (!DecimalText.TryFormatShortExact(value, line[at..], out var text))
        {
            return false;
        }

        at += text;
        end.CopyTo(line[at..]);
        written = at + end.Length;
        return true;
    }

    // `","unit":"<symbol>"}` for the last unit seen (a list's lines mostly share one), the symbol encoded as the writer does.
    private byte[] End(Unit unit)
    {
        if (!ReferenceEquals(unit, _unit))
        {
            _unit = unit;
            _end = [.. "\",\"unit\":\""u8, .. JsonEncodedText.Encode(unit.Symbol, _encoder).EncodedUtf8Bytes, .. "\"}"u8];
        }

        return _end;
    }
}
