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

    /// <summary>
    /// Every line's amount; a line kept as the element reader's record is written from its amount as before. Runs of
    /// lines are put together in a buffer, comma-separated, and handed to the writer as one raw value: the writer puts
    /// the comma before it that it would put before the run's first line, so the bytes are those of one raw value per
    /// line, without the writer's per-value work for each of 100,000 lines.
    /// </summary>
    public void Write(Utf8JsonWriter writer, IAmountLines columns, LineInputs lines)
    {
        Span<byte> line = stackalloc byte[LineBytes];
        _start.CopyTo(line);
        var run = System.Buffers.ArrayPool<byte>.Shared.Rent(RunBytes);
        var used = 0;
        var index = new LineIndex();
        for (var i = 0; i < columns.Count; i++, index.Next())
        {
            var measured = columns.AmountOf(i);
            var end = End(measured.Unit);
            if (columns.Kept(i) || _start.Length + 20 + Middle.Length + DecimalText.ShortExactLength + end.Length > LineBytes
                || !Line(line, index, measured.Value, end, out var written))
            {
                used = Flush(writer, run, used);
                var amount = lines.AmountAt(i);
                TraceInputListJsonConverter.Write(writer, amount.Path, amount.Measurement);
                TraceInputListJsonConverter.FlushFull(writer);
                continue;
            }

            if (used + 1 + written > run.Length)
            {
                used = Flush(writer, run, used);
            }

            if (used > 0)
            {
                run[used++] = (byte)',';
            }

            line[..written].CopyTo(run.AsSpan(used));
            used += written;
        }

        Flush(writer, run, used);
        System.Buffers.ArrayPool<byte>.Shared.Return(run);
    }

    // Lines put together before they go to the writer as one raw value.
    private const int RunBytes = 16 * 1024;

    private static int Flush(Utf8JsonWriter writer, byte[] run, int used)
    {
        if (used > 0)
        {
            writer.WriteRawValue(run.AsSpan(0, used), skipInputValidation: true);
            TraceInputListJsonConverter.FlushFull(writer);
        }

        return 0;
    }

    private static ReadOnlySpan<byte> Middle => "].amount\",\"value\":\""u8;

    // `{"field":"<list>[i].amount","value":"<value>` and the unit's end, or false for a value of more than 20 digits.
    private bool Line(Span<byte> line, in LineIndex index, decimal value, byte[] end, out int written)
    {
        written = 0;
        var at = _start.Length;
        at += index.CopyTo(line[at..]);
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

    // A line's index as decimal digits, counted up line by line instead of formatted for each.
    private struct LineIndex
    {
        private const int Room = 10; // int.MaxValue has 10 digits
        private Ten _digits;
        private int _first;

        public LineIndex()
        {
            _first = Room - 1;
            _digits[_first] = (byte)'0';
        }

        /// <summary>Copies the digits to <paramref name="destination"/>; returns how many.</summary>
        public readonly int CopyTo(Span<byte> destination)
        {
            ReadOnlySpan<byte> digits = _digits;
            digits[_first..].CopyTo(destination);
            return Room - _first;
        }

        public void Next()
        {
            var at = Room - 1;
            while (at >= _first && _digits[at] == (byte)'9')
            {
                _digits[at--] = (byte)'0';
            }

            if (at < _first)
            {
                _first = at;
                _digits[at] = (byte)'1';
            }
            else
            {
                _digits[at]++;
            }
        }

        [System.Runtime.CompilerServices.InlineArray(Room)]
        private struct Ten
        {
            private byte _digit;
        }
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
