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
    private readonly Span<Range> _values;
    private readonly Span<int> _order;
    private int _fields;
    private int _start;
    private int _end;

    /// <summary>A layout with no model yet, kept in <paramref name="values"/> and <paramref name="order"/> (each <see cref="PlainLine.MaxFields"/> long).</summary>
    public PlainLayout(Span<Range> values, Span<int> order)
    {
        _values = values;
        _order = order;
    }

    /// <summary>Takes the line at <paramref name="start"/>..<paramref name="end"/>, just read by <see cref="PlainLine.TryRead"/> into <paramref name="values"/>, as the model.</summary>
    public void Learn(int start, int end, ReadOnlySpan<Range> values)
    {
        values.CopyTo(_values);
        _fields = 0;
        for (var field = 0; field < values.Length; field++)
        {
            if (values[field].Equals(default(Range)))
            {
                continue;
            }

            // Fields in the order they are written (insertion into at most four).
            var at = _fields++;
            while (at > 0 && values[_order[at - 1]].Start.Value > values[field].Start.Value)
            {
                _order[at] = _order[at - 1];
                at--;
            }

            _order[at] = field;
        }

        _start = start;
        _end = end;
    }

    /// <summary>
    /// The object at <paramref name="at"/> (on its "{") when it is the model's bytes with other plain values: each
    /// value's range in <paramref name="values"/> by field, as <see cref="PlainLine.TryRead"/> gives them, and
    /// <paramref name="at"/> moved past the "}". False (no model yet, or another layout) leaves <paramref name="at"/> alone.
    /// </summary>
    public readonly bool TryRead(ReadOnlySpan<byte> utf8, ref int at, Span<Range> values)
    {
        if (_end == 0)
        {
            return false;
        }

        values.Clear();
        var model = _start;
        var i = at;
        for (var k = 0; k < _fields; k++)
        {
            var field = _order[k];
            var (from, to) = (_values[field].Start.Value, _values[field].End.Value);

            // The bytes before the value: "{" or the last value's closing quote, up to this value's opening quote.
            var between = utf8[model..from];
            if (!utf8[i..].StartsWith(between))
            {
                return false;
            }

            i += between.Length;
            var start = i;
            i = PlainLine.ClosingQuote(utf8, start);
            if (i < 0)
            {
                return false;
            }

            values[field] = start..i;
            model = to;
        }

        // The closing quote of the last value (or the "{" of an empty object) to the "}".
        var rest = utf8[model.._end];
        if (!utf8[i..].StartsWith(rest))
        {
            return false;
        }

        at = i + rest.Length;
        return true;
    }
}
