using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The layout of the last line of the common shape read from a list (<see cref="PlainLine"/>): its bytes, with holes
/// where its values are. A list's lines are mostly written alike (the same fields in the same order with the same
/// spacing), so the next line is first matched against it: the bytes between values compared as a whole, only the
/// values' bytes scanned. A line that matches is one <see cref="PlainLine.TryRead"/> reads the same way (its structure,
/// names and white space are the model's bytes, which that match accepted; its values end at their first quote and are
/// plain strings by the same test), so this decides nothing it would decide otherwise; a line that does not match is
/// left to it. The model stays in the bytes the list is read from: nothing is copied.
/// </summary>
internal ref struct PlainLayout
{
    /// <summary>The room a layout is kept in (<see cref="PlainLayout(Span{int})"/>): three numbers per field.</summary>
    public const int Room = 3 * PlainLine.MaxFields;

    // Per field in the order they are written: where the model's bytes before its value start, how many there are
    // (the "{" or the last value's closing quote, up to this value's opening quote), and the field's number. Kept as
    // plain numbers so a line is matched without taking ranges apart.
    private readonly Span<int> _gaps;
    private int _fields;
    private int _restStart;
    private int _restLength;
    private bool _known;

    /// <summary>A layout with no model yet, kept in <paramref name="room"/> (<see cref="Room"/> long).</summary>
    public PlainLayout(Span<int> room)
    {
        _gaps = room;
    }

    /// <summary>Takes the line at <paramref name="start"/>..<paramref name="end"/>, just read by <see cref="PlainLine.TryRead"/> into <paramref name="values"/>, as the model.</summary>
    public void Learn(int start, int end, ReadOnlySpan<Range> values)
    {
        _fields = 0;
        for (var field = 0; field < values.Length; field++)
        {
            if (values[field].Equals(default(Range)))
            {
                continue;
            }

            // Fields in the order they are written (insertion into at most four).
            var at = _fields++;
            while (at > 0 && values[_gaps[(3 * (at - 1)) + 2]].Start.Value > values[field].Start.Value)
            {
                _gaps[(3 * at) + 2] = _gaps[(3 * (at - 1)) + 2];
                at--;
            }

            _gaps[(3 * at) + 2] = field;
        }

        var model = start;
        for (var k = 0; k < _fields; k++)
        {
            var value = values[_gaps[(3 * k) + 2]];
            _gaps[3 * k] = model;
            _gaps[(3 * k) + 1] = value.Start.Value - model;
            model = value.End.Value;
        }

        _restStart = model;
        _restLength = end - model;
        _known = true;
    }

    /// <summary>
    /// The object at <paramref name="at"/> (on its "{") when it is the model's bytes with other plain values: each
    /// value's range in <paramref name="values"/> by field, as <see cref="PlainLine.TryRead"/> gives them, and
    /// <paramref name="at"/> moved past the "}". False (no model yet, or another layout) leaves <paramref name="at"/> alone.
    /// </summary>
    public readonly bool TryRead(ReadOnlySpan<byte> utf8, ref int at, Span<Range> values)
    {
        if (!_known)
        {
            return false;
        }

        values.Clear();
        var i = at;
        for (var k = 0; k < _fields; k++)
        {
            var gap = _gaps[(3 * k) + 1];
            if (!Repeats(utf8, _gaps[3 * k], i, gap))
            {
                return false;
            }

            var start = i + gap;
            i = PlainLine.ClosingQuote(utf8, start);
            if (i < 0)
            {
                return false;
            }

            values[_gaps[(3 * k) + 2]] = new Range(start, i);
        }

        // The closing quote of the last value (or the "{" of an empty object) to the "}".
        if (!Repeats(utf8, _restStart, i, _restLength))
        {
            return false;
        }

        at = i + _restLength;
        return true;
    }

    // Whether the `length` bytes at `at` are the model's at `model` (which comes before them): one 16-byte comparison
    // when the gap is that short and 16 bytes remain (a line's gaps are ", \"region\": \"" and the like), else the span's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Repeats(ReadOnlySpan<byte> utf8, int model, int at, int length)
    {
        if (Vector128.IsHardwareAccelerated && length <= Vector128<byte>.Count
            && utf8.Length - at >= Vector128<byte>.Count && utf8.Length - model >= Vector128<byte>.Count)
        {
            ref var first = ref MemoryMarshal.GetReference(utf8);
            var same = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)(uint)model), Vector128.LoadUnsafe(ref first, (nuint)(uint)at)).ExtractMostSignificantBits();
            var wanted = (1u << length) - 1;
            return (same & wanted) == wanted;
        }

        return utf8.Length - at >= length && utf8.Slice(at, length).SequenceEqual(utf8.Slice(model, length));
    }
}
