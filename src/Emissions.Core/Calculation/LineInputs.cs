using System.Collections;
using Emissions.Inventory;
using Emissions.Inventory.Streaming;

namespace Emissions.Calculation;

/// <summary>
/// One amount of every line of an inventory list as a trace's inputs, each made when read: a figure summed over
/// 100,000 lines refers to the list instead of holding a copy of every line (issue 16), and a summary answer numbers
/// a streamed list's lines as one block (<see cref="StreamedList"/>) instead of one by one.
/// </summary>
internal abstract class LineInputs : IReadOnlyList<TraceInput>
{
    private string? _streamedList;
    private bool _checked;

    private protected LineInputs(object lines, string field, int count)
    {
        Lines = lines;
        Field = field;
        Count = count;
    }

    /// <summary>The inventory list the inputs are read from (the same instance for every trace over it).</summary>
    public object Lines { get; }

    /// <summary>The lines' field the inputs are (<c>amount</c>).</summary>
    public string Field { get; }

    public int Count { get; }

    /// <summary>
    /// The path of the list (<c>$.electricity</c>) when every amount's path is still its parts and names its own
    /// line (<c>$.electricity[i].amount</c> at position i), so that no two of these inputs are the same input; null
    /// otherwise (lines built in code, a filtered list). Checked once.
    /// </summary>
    public string? StreamedList
    {
        get
        {
            if (!_checked)
            {
                _streamedList = FindStreamedList();
                _checked = true;
            }

            return _streamedList;
        }
    }

    public TraceInput this[int index] => TraceInputs.Of(AmountAt(index));

    /// <summary>The amount of line <paramref name="line"/>.</summary>
    public abstract Amount AmountAt(int line);

    /// <summary>The amounts of <paramref name="lines"/> read by <paramref name="amount"/>, which is the lines' field <paramref name="field"/>.</summary>
    public static LineInputs Of<T>(IReadOnlyList<T> lines, string field, Func<T, Amount> amount) =>
        field == "amount" && lines is IAmountLines columns ? new Columnar<T>(lines, columns, amount) : new Selected<T>(lines, field, amount);

    /// <summary>The streamed list's columns these inputs read (field <c>amount</c>), or null.</summary>
    public virtual IAmountLines? Columns => null;

    public IEnumerator<TraceInput> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string? FindStreamedList()
    {
        if (Columns is { AllStreamed: true } columns)
        {
            // Every line's amount is its own line's field, as its parts.
            return columns.List;
        }

        string? list = null;
        for (var i = 0; i < Count; i++)
        {
            if (!AmountAt(i).IsField(i, Field, out var own) || (list is not null && !string.Equals(own, list, StringComparison.Ordinal)))
            {
                return null;
            }

            list = own;
        }

        return list;
    }

    // A streamed list's amounts: read from its columns, a line's amount made only when one is asked for.
    private sealed class Columnar<T>(IReadOnlyList<T> lines, IAmountLines columns, Func<T, Amount> amount) : LineInputs(lines, "amount", lines.Count)
    {
        public override IAmountLines Columns => columns;

        public override Amount AmountAt(int line) => amount(lines[line]);
    }

    private sealed class Selected<T>(IReadOnlyList<T> lines, string field, Func<T, Amount> amount) : LineInputs(lines, field, lines.Count)
    {
        public override Amount AmountAt(int line) => amount(lines[line]);
    }
}
