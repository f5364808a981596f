using System.Runtime.InteropServices;
using Emissions.Calculation;

namespace Emissions.Contract.Calculations;

/// <summary>
/// The summary trace's bookkeeping: every input line the traces use, once, numbered in order of first use; each
/// trace's inputs split into the figures it is computed from (kept as they are: one per figure) and its lines, given
/// as index ranges. A trace's lines are a multiset (sums do not depend on order): they are sorted before being cut
/// into ranges, so the location- and market-based scope 2 traces, which interleave each electricity line with its
/// renewable part, still come out as one or two ranges.
/// </summary>
internal sealed class LineTable
{
    private readonly Dictionary<TraceInput, int> _numbers = [];
    private readonly List<TraceInput> _lines = [];
    private readonly HashSet<string> _figures;

    // Traces that share one input list (scope 2 location and market) are split once.
    private readonly Dictionary<IReadOnlyList<TraceInput>, Split> _splits = new(ReferenceEqualityComparer.Instance);

    // Whether a figure's field could be mistaken for a line's JSON path ("$…"): metric ids never start with "$", so
    // a line's path is told from a figure by its first character instead of hashing it.
    private readonly bool _figureLooksLikePath;

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
        var numbers = new List<int>(inputs.Count);
        if (_numbers.Count == 0)
        {
            _numbers.EnsureCapacity(inputs.Count);
        }

        var next = -1;
        foreach (var input in inputs)
        {
            if ((_figureLooksLikePath || !IsPath(input.Field)) && _figures.Contains(input.Field))
            {
                figures.Add(input);
                continue;
            }

            // Traces list the lines in the inventory's order, so a line is most often the one after the last one
            // found: checked in place first, without hashing its path (scope 2 and standard coal then cost a pass
            // over the lines, not a lookup each).
            var number = next >= 0 && next < _lines.Count && _lines[next].Equals(input) ? next : Number(input);
            numbers.Add(number);
            next = number + 1;
        }

        var split = new Split(figures, Ranges(numbers));
        _splits[inputs] = split;
        return split;
    }

    private static bool IsPath(string field) => field.StartsWith('$');

    private int Number(TraceInput input)
    {
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, input, out var known);
        if (!known)
        {
            number = _lines.Count;
            _lines.Add(input);
        }

        return number;
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
