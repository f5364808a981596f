using System.Collections;
using Emissions.Calculation;

namespace Emissions.Contract.Calculations;

/// <summary>
/// A summary answer's <c>lines</c>: blocks of an inventory list's lines (<see cref="LineInputs"/>, read from the
/// inventory when written, not copied) and lines added one by one, in the order they were numbered.
/// </summary>
internal sealed class LineList : IReadOnlyList<TraceInput>
{
    private readonly List<IReadOnlyList<TraceInput>> _parts = [];

    // The part the last index fell in, and its first number: reads go mostly in order.
    private int _lastPart;
    private int _lastStart;

    public int Count { get; private set; }

    /// <summary>The blocks and runs of single lines, in order.</summary>
    public IReadOnlyList<IReadOnlyList<TraceInput>> Parts => _parts;

    public TraceInput this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            if (index < _lastStart)
            {
                (_lastPart, _lastStart) = (0, 0);
            }

            while (index - _lastStart >= _parts[_lastPart].Count)
            {
                _lastStart += _parts[_lastPart].Count;
                _lastPart++;
            }

            return _parts[_lastPart][index - _lastStart];
        }
    }

    /// <summary>Adds a block of lines; its first line's number is the count before.</summary>
    public void Add(LineInputs block)
    {
        _parts.Add(block);
        Count += block.Count;
    }

    /// <summary>Adds one line; its number is the count before.</summary>
    public void Add(TraceInput line)
    {
        if (_parts.Count == 0 || _parts[^1] is not List<TraceInput> single)
        {
            single = [];
            _parts.Add(single);
        }

        single.Add(line);
        Count++;
    }

    public IEnumerator<TraceInput> GetEnumerator()
    {
        foreach (var part in _parts)
        {
            foreach (var line in part)
            {
                yield return line;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
