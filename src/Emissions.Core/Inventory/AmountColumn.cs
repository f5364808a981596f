using System.Runtime.CompilerServices;
using Emissions.Quantities;

namespace Emissions.Inventory;

/// <summary>
/// One amount of every line of a list, as written, in a column, with each line numbered by its
/// <see cref="AmountGroup"/>: lines that share key and unit share every factor, so a calculation sums
/// them per group in one pass over two arrays instead of visiting 100,000 line objects (ADR 0009).
/// </summary>
internal sealed class AmountColumn
{
    private readonly decimal[] _values;
    private readonly int[] _groups;

    private AmountColumn(decimal[] values, int[] groups, AmountGroup[] keys)
    {
        _values = values;
        _groups = groups;
        Groups = keys;
    }

    /// <summary>The groups in order of their first line.</summary>
    public IReadOnlyList<AmountGroup> Groups { get; }

    public int Lines => _values.Length;

    /// <summary>The group of a line, or −1 when the line has no such amount (an electricity line without a renewable part).</summary>
    public int GroupOf(int line) => _groups[line];

    /// <summary>
    /// A column of <paramref name="lines"/>' amounts grouped by key and unit (compared as <see cref="LineKeyComparer"/> does),
    /// in one pass over the lines: each line's group is found as its amount is read, with no unit and key columns between.
    /// </summary>
    public static AmountColumn Of<T>(IReadOnlyList<T> lines, Func<T, Amount?> amount, Func<T, (string? Key, string? Subkey)> key)
    {
        var values = new decimal[lines.Count];
        var groups = new int[lines.Count];
        var grouping = new Grouping();
        for (var i = 0; i < lines.Count; i++)
        {
            if (amount(lines[i]) is not { } given)
            {
                groups[i] = -1;
                continue;
            }

            values[i] = given.Measurement.Value;
            var (k, subkey) = key(lines[i]);
            groups[i] = grouping.GroupOf(k, subkey, given.Measurement.Unit, i);
        }

        return new AmountColumn(values, groups, grouping.Groups());
    }

    /// <summary>
    /// A column of amounts already in columns (a streamed list's, <see cref="Streaming.LineColumns{T}"/>), grouped
    /// by key, subkey (null: none) and unit; a line whose unit is null has no such amount. <paramref name="values"/>
    /// becomes the column's own (not copied).
    /// </summary>
    public static AmountColumn Of(decimal[] values, Unit?[] units, string?[]? keys, string?[]? subkeys)
    {
        var groups = new int[values.Length];
        var grouping = new Grouping();
        for (var i = 0; i < values.Length; i++)
        {
            groups[i] = units[i] is { } unit ? grouping.GroupOf(keys?[i], subkeys?[i], unit, i) : -1;
        }

        return new AmountColumn(values, groups, grouping.Groups());
    }

    /// <summary>The groups found so far, in order of their first line, and the last line's.</summary>
    private sealed class Grouping
    {
        private readonly List<AmountGroup> _found = [];
        private readonly Dictionary<(string?, string?, Unit), int> _index = new(LineKeyComparer.Instance);
        private int _last = -1;

        /// <summary>The group of line <paramref name="line"/>, a new one when no line before it had its key, subkey and unit.</summary>
        // Inlined into both loops as the body it was: the streamed path runs it per line of 100,000.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GroupOf(string? key, string? subkey, Unit unit, int line)
        {
            // Lines mostly share the last line's group: the same instances, compared without hashing.
            var group = _last >= 0 && Is(_found[_last], key, subkey, unit) ? _last : SameInstances(_found, key, subkey, unit);
            if (group < 0 && !_index.TryGetValue((key, subkey, unit), out group))
            {
                group = _found.Count;
                _index[(key, subkey, unit)] = group;
                _found.Add(new AmountGroup(key, subkey, unit, line));
            }

            return _last = group;
        }

        public AmountGroup[] Groups() => [.. _found];
    }

    private static bool Is(AmountGroup known, string? key, string? subkey, Unit unit) =>
        ReferenceEquals(known.Unit, unit) && ReferenceEquals(known.Key, key) && ReferenceEquals(known.Subkey, subkey);

    /// <summary>
    /// The group whose key strings and unit are these very instances, or −1. The reader shares one instance per
    /// region, fuel and unit, so this finds nearly every line's group without hashing text; a few groups are
    /// scanned, more are left to the dictionary.
    /// </summary>
    private static int SameInstances(List<AmountGroup> keys, string? key, string? subkey, Unit unit)
    {
        if (keys.Count > 32)
        {
            return -1;
        }

        for (var g = 0; g < keys.Count; g++)
        {
            if (Is(keys[g], key, subkey, unit))
            {
                return g;
            }
        }

        return -1;
    }

    /// <summary>
    /// Σ of each group's amounts in its written unit, lines added in order; the sums are exact unless a line
    /// has more digits than a decimal holds, and then rounded as the same additions one by one are.
    /// </summary>
    public decimal[] SumByGroup() => SumByGroup(null, Groups.Count);

    /// <summary>As <see cref="SumByGroup()"/>, with groups merged by <paramref name="map"/> (group → sum index) into <paramref name="sums"/> sums.</summary>
    public decimal[] SumByGroup(int[]? map, int sums)
    {
        var totals = new decimal[sums];
        var values = _values;
        var groups = _groups;
        try
        {
            for (var i = 0; i < values.Length; i++)
            {
                var group = groups[i];
                if (group >= 0)
                {
                    ref var total = ref totals[map is null ? group : map[group]];
                    total += values[i];
                }
            }
        }
        catch (OverflowException)
        {
            throw Arithmetic.Overflow();
        }

        return totals;
    }
}
