using System.Collections;
using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// A streamed line list held as columns (each line's amount value, unit and site, and the list's own fields), its line
/// records (<see cref="ElectricityInput"/> …) made only when something reads one: a 100,000-line inventory is read,
/// grouped, summed and written from these arrays, with no object per line (issue 16). A line the fast reader left to
/// the element reader is kept as the record that reader made (<see cref="Kept"/>), its amount in the columns too.
/// </summary>
/// <remarks>
/// A record made on demand equals the one the line reader made before (its paths are the same parts). Every column is
/// at least <see cref="Count"/> long, as the reader sized it: the entries past <see cref="Count"/> are unused.
/// </remarks>
internal abstract class LineColumns<T> : IReadOnlyList<T>, IAmountLines
    where T : class
{
    private readonly Dictionary<int, T>? _kept;

    private protected LineColumns(string list, int count, decimal[] values, Unit[] units, string?[]? sites, Dictionary<int, T>? kept)
    {
        List = list;
        Count = count;
        Values = values;
        Units = units;
        Sites = sites;
        _kept = kept;
    }

    /// <summary>The list's JSON path (<c>$.electricity</c>).</summary>
    public string List { get; }

    public int Count { get; }

    /// <summary>Each line's amount as written (at least <see cref="Count"/> long).</summary>
    public decimal[] Values { get; }

    /// <summary>Each line's amount's unit (shared instances).</summary>
    public Unit[] Units { get; }

    /// <summary>Each line's site, or null when no line has one.</summary>
    public string?[]? Sites { get; }

    /// <summary>Whether every line was read by the fast reader, so every line's paths are its list's parts.</summary>
    public bool AllStreamed => _kept is null;

    public T this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _kept is not null && _kept.TryGetValue(index, out var kept) ? kept : Make(index);
        }
    }

    /// <summary>Whether line <paramref name="line"/> is a record the element reader made.</summary>
    public bool Kept(int line) => _kept is not null && _kept.ContainsKey(line);

    /// <summary>The amount of line <paramref name="line"/> as written.</summary>
    public Measurement AmountOf(int line) => new(Values[line], Units[line]);

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The record of a line the fast reader read.</summary>
    private protected abstract T Make(int line);

    /// <summary>The amount of a line the fast reader read, with its path as parts.</summary>
    private protected Amount MadeAmount(int line) => new(AmountOf(line), LinePath.Of(List, line, "amount"));
}

/// <summary>The amounts (field <c>amount</c>) of a line list held as columns, for traces that refer to every line.</summary>
internal interface IAmountLines
{
    /// <summary>The list's JSON path (<c>$.electricity</c>).</summary>
    string List { get; }

    int Count { get; }

    /// <summary>Whether every line's paths are its list's parts (no line kept as the element reader's record).</summary>
    bool AllStreamed { get; }

    /// <summary>Whether line <paramref name="line"/> is a record the element reader made.</summary>
    bool Kept(int line);

    /// <summary>The amount of line <paramref name="line"/> as written.</summary>
    Measurement AmountOf(int line);
}
