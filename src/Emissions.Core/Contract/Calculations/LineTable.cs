using System.Runtime.InteropServices;
using Emissions.Calculation;

namespace Emissions.Contract.Calculations;

/// <summary>
/// The summary trace's bookkeeping: every input line the traces use, once, numbered in order of first use; each
/// trace's inputs split into the figures it is computed from (kept as they are: one per figure) and its lines, given
/// as index ranges.
/// </summary>
/// <remarks>
/// A trace's lines are a multiset (sums do not depend on order): they are sorted before being cut
/// into ranges, so the location- and market-based scope 2 traces, which interleave each electricity line with its
/// renewable part, still come out as one or two ranges. A streamed list's lines a trace refers to as a whole
/// (<see cref="LineInputs.StreamedList"/>) are numbered as one block, without hashing or copying a line: the numbers
/// are those the lines would get one by one, since none of them can be one numbered before (a line numbered on its
/// own puts its list's block back to one by one).
/// </remarks>
internal sealed class LineTable
{
    private readonly Dictionary<TraceInput, int> _numbers = [];
    private readonly LineList _lines = new();
    private readonly HashSet<string> _figures;

    // Traces that share one input list (scope 2 location and market) are split once.
    private readonly Dictionary<IReadOnlyList<TraceInput>, Split> _splits = new(ReferenceEqualityComparer.Instance);

    // Whether a figure's field could be mistaken for a line's JSON path ("$…"): metric ids never start with "$", so
    // a line's path is told from a figure by its first character instead of hashing it.
    private readonly bool _figureLooksLikePath;

    // Streamed lists numbered as blocks, and the lists (a path up to its "[") of the lines numbered one by one.
    private readonly List<Block> _blocks = [];
    private readonly HashSet<string> _singleLists = new(StringComparer.Ordinal);

    public LineTable(IEnumerable<MetricValue> metrics)
    {
        _figures = [.. metrics.Select(m => m.Field)];
        _figureLooksLikePath = _figures.Any(IsPath);
    }

    public IReadOnlyList<TraceInput> Lines => _lines;

    public Split Of(IReadOnlyList<TraceInput> inputs)
    {
        if (_splits.TryGetValue(inputs, out var known))
        {
            return known;
        }

        var figures = new List<TraceInput>();
        var numbers = new List<int>();
        // Blocks' numbers as runs (first, last), not one by one: 100,000 lines are one run.
        var runs = new List<LineRange>();
        var next = -1;
        foreach (var part in inputs is JoinedInputs joined ? joined.Parts : [inputs])
        {
            if (part is LineInputs { StreamedList: { } list } block && AsBlock(block, list) is { } numbered)
            {
                if (block.Count > 0)
                {
                    runs.Add(new LineRange(numbered.First, numbered.First + block.Count - 1));
                }

                next = -1;
                continue;
            }

            foreach (var input in part)
            {
                if ((_figureLooksLikePath || !IsPath(input.Field)) && _figures.Contains(input.Field))
                {
                    figures.Add(input);
                    continue;
                }

                // Traces list the lines in the inventory's order, so a line is most often the one after the last one
                // found: checked in place first, without hashing its path.
                var number = next >= 0 && next < _lines.Count && _lines[next].Equals(input) ? next : Number(input);
                numbers.Add(number);
                next = number + 1;
            }
        }

        var split = new Split(figures, numbers.Count == 0 && Disjoint(runs) is { } merged ? merged : Ranges(Expand(runs, numbers)));
        _splits[inputs] = split;
        return split;
    }

    private static bool IsPath(string field) => field.StartsWith('$');

    /// <summary>The block of a streamed list's lines, numbered now if new; null when its lines are to be numbered one by one.</summary>
    private Block? AsBlock(LineInputs lines, string list)
    {
        foreach (var block in _blocks)
        {
            if (string.Equals(block.List, list, StringComparison.Ordinal) && string.Equals(block.Lines.Field, lines.Field, StringComparison.Ordinal))
            {
                if (ReferenceEquals(block.Lines.Lines, lines.Lines) && block.Lines.Count == lines.Count)
                {
                    return block;
                }

                // Another list of lines at the same paths (an inventory copied with other lines): one by one.
                Expand(block);
                return null;
            }
        }

        if (_singleLists.Contains(list))
        {
            return null;
        }

        var added = new Block(lines, list, _lines.Count);
        _blocks.Add(added);
        _lines.Add(lines);
        return added;
    }

    private int Number(TraceInput input)
    {
        if (IsPath(input.Field))
        {
            NoteSingle(input.Field);
        }

        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, input, out var known);
        if (!known)
        {
            number = _lines.Count;
            _lines.Add(input);
        }

        return number;
    }

    /// <summary>
    /// A line numbered on its own may be a line of a block numbered before (the same path): that block's lines go into
    /// the table first, with their numbers; and its list is numbered one by one from now on.
    /// </summary>
    private void NoteSingle(string path)
    {
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var list = bracket < 0 ? path.AsSpan() : path.AsSpan(0, bracket);
        var lookup = _singleLists.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(list))
        {
            return;
        }

        _singleLists.Add(list.ToString());
        foreach (var block in _blocks)
        {
            if (list.SequenceEqual(block.List))
            {
                Expand(block);
            }
        }
    }

    private void Expand(Block block)
    {
        if (block.Expanded)
        {
            return;
        }

        block.Expanded = true;
        _numbers.EnsureCapacity(_numbers.Count + block.Lines.Count);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            _numbers.TryAdd(block.Lines[i], block.First + i);
        }
    }

    /// <summary>
    /// Runs in ascending order, none overlapping another, joined where one follows the last (the ranges
    /// <see cref="Ranges"/> would cut from their numbers); null when they are not so.
    /// </summary>
    private static List<LineRange>? Disjoint(List<LineRange> runs)
    {
        var ranges = new List<LineRange>(runs.Count);
        foreach (var run in runs)
        {
            if (ranges.Count == 0)
            {
                ranges.Add(run);
            }
            else if (run.From == ranges[^1].To + 1)
            {
                ranges[^1] = new LineRange(ranges[^1].From, run.To);
            }
            else if (run.From > ranges[^1].To)
            {
                ranges.Add(run);
            }
            else
            {
                return null;
            }
        }

        return ranges;
    }

    /// <summary>The numbers of <paramref name="runs"/> added to <paramref name="numbers"/>.</summary>
    private static List<int> Expand(List<LineRange> runs, List<int> numbers)
    {
        foreach (var run in runs)
        {
            for (var n = run.From; n <= run.To; n++)
            {
                numbers.Add(n);
            }
        }

        return numbers;
    }

    /// <summary>Sorted numbers cut into runs of consecutive ones; a number used twice starts a new range, so none is lost.</summary>
    private static List<LineRange> Ranges(List<int> numbers)
    {
        // Traces mostly list their lines in order already: sorting is then only the check that they are.
        if (!IsAscending(numbers))
        {
            numbers.Sort();
        }

        var ranges = new List<LineRange>();
        var at = 0;
        while (at < numbers.Count)
        {
            var from = numbers[at];
            var to = from;
            while (at + 1 < numbers.Count && numbers[at + 1] == to + 1)
            {
                to = numbers[++at];
            }

            ranges.Add(new LineRange(from, to));
            at++;
        }

        return ranges;
    }

    /// <summary>A trace's inputs: the figures it is computed from, and the ranges of its lines.</summary>
    public sealed record Split(IReadOnlyList<TraceInput> Figures, IReadOnlyList<LineRange> Lines);

    /// <summary>A streamed list's lines numbered from <see cref="First"/> on; <see cref="Expanded"/>: also in the table line by line.</summary>
    private sealed class Block(LineInputs lines, string list, int first)
    {
        public LineInputs Lines { get; } = lines;

        public string List { get; } = list;

        public int First { get; } = first;

        public bool Expanded { get; set; }
    }

    private static bool IsAscending(List<int> numbers)
    {
        for (var i = 1; i < numbers.Count; i++)
        {
            if (numbers[i] < numbers[i - 1])
            {
                return false;
            }
        }

        return true;
    }
}
