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

    public LineTable(IEnumerable<MetricValue> metrics) => _figures = [.. metrics.Select(m => m.Field)];

    public IReadOnlyList<TraceInput> Lines => _lines;

    public Split Of(IReadOnlyList<TraceInput> inputs)
    {
        if (_splits.TryGetValue(inputs, out var known))
        {
            return known;
        }

        var figures = new List<TraceInput>();
        var numbers = new List<int>(inputs.Count);
        foreach (var input in inputs)
        {
            if (_figures.Contains(input.Field))
            {
                figures.Add(input);
                continue;
            }

            if (!_numbers.TryGetValue(input, out var number))
            {
                number = _lines.Count;
                _numbers.Add(input, number);
                _lines.Add(input);
            }

            numbers.Add(number);
        }

        var split = new Split(figures, Ranges(numbers));
        _splits[inputs] = split;
        return split;
    }

    /// <summary>Sorted numbers cut into runs of consecutive ones; a number used twice starts a new range, so none is lost.</summary>
    private static List<LineRange> Ranges(List<int> numbers)
    {
        numbers.Sort();
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
}
