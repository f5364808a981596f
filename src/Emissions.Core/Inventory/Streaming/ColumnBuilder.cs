using System.Text.Json;
using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The columns of a line list as they are read: amounts, units and sites, grown by doubling from a first guess of the
/// list's length. A line the fast reader leaves is deferred (its bytes noted, its place kept) and read by the element
/// reader in <see cref="Finish(ReadOnlyMemory{byte}, string, Func{JsonElement, string, T})"/>, which also records the notes of units read by a default, all in line order: so the
/// lines can be read in the request's first pass, before its number format and the rest are known, with the notes and
/// the first error those of reading the lines one by one after them.
/// </summary>
internal abstract class ColumnBuilder<T>
    where T : class
{
    private readonly List<(int Line, string Field, Unit Unit)> _notes = [];
    private readonly List<(int Line, int Start, int Length)> _deferred = [];
    private decimal[] _values = [];
    private Unit[] _units = [];
    private string?[]? _sites;

    public int Count { get; private set; }

    /// <summary>Lines the element reader read, by index.</summary>
    public Dictionary<int, T>? Kept { get; private set; }

    /// <summary>Whether <see cref="Finish(ReadOnlyMemory{byte}, string, Func{JsonElement, string, T})"/> ran (its notes went to that reading).</summary>
    public bool Finished { get; private set; }

    /// <summary>How many notes are pending (to drop those of a line the fast reader then leaves).</summary>
    public int NoteCount => _notes.Count;

    /// <summary>Room for <paramref name="lines"/> lines in every column.</summary>
    public void Reserve(int lines)
    {
        if (lines > _values.Length)
        {
            Resize(lines);
        }
    }

    /// <summary>Adds a line's amount and site; the caller adds its own columns at the index returned.</summary>
    public int Add(Measurement amount, string? site)
    {
        var line = Next();
        Set(line, amount, site);
        return line;
    }

    /// <summary>Keeps the next line's place for the element reader, which reads its bytes (<paramref name="start"/>, <paramref name="length"/>) in <see cref="Finish(ReadOnlyMemory{byte}, string, Func{JsonElement, string, T})"/>.</summary>
    public void Defer(int start, int length) => _deferred.Add((Next(), start, length));

    /// <summary>Notes that field <paramref name="field"/> of line <paramref name="line"/> has a unit with a caveat.</summary>
    public void Note(int line, string field, Unit unit) => _notes.Add((line, field, unit));

    /// <summary>Drops the notes after the first <paramref name="count"/>.</summary>
    public void DropNotes(int count) => _notes.RemoveRange(count, _notes.Count - count);

    /// <summary>
    /// Reads the deferred lines from <paramref name="utf8"/> (the bytes their positions are in) with <paramref name="slow"/>,
    /// and records the pending notes, in line order: the first bad line throws the element reader's error.
    /// </summary>
    public void Finish(ReadOnlyMemory<byte> utf8, string list, Func<JsonElement, string, T> slow)
    {
        Finished = true;
        var (n, d) = (0, 0);
        while (n < _notes.Count || d < _deferred.Count)
        {
            if (d == _deferred.Count || (n < _notes.Count && _notes[n].Line < _deferred[d].Line))
            {
                var (line, field, unit) = _notes[n++];
                AmountReading.Note(LinePath.Of(list, line, field).Text, unit);
                continue;
            }

            var (index, start, length) = _deferred[d++];
            using var item = JsonDocument.Parse(utf8.Slice(start, length));
            var record = slow(item.RootElement, LinePath.Of(list, index).Text);
            (Kept ??= [])[index] = record;
            Fill(index, record);
        }
    }

    /// <summary>
    /// The amounts, units and sites as read: at least <see cref="Count"/> long, not cut to it (a copy of each column of
    /// a 100,000-line list, with its allocation, for entries no one reads).
    /// </summary>
    public decimal[] Columns(out string?[]? sites, out Unit[] units)
    {
        sites = _sites;
        units = _units;
        return _values;
    }

    /// <summary>A column of this list grown as it grows (made on first use), as long as the others.</summary>
    public TColumn[] Column<TColumn>(ref TColumn[]? column) => column ??= new TColumn[_values.Length];

    /// <summary>Sets line <paramref name="line"/>'s amount and site.</summary>
    protected void Set(int line, Measurement amount, string? site)
    {
        _values[line] = amount.Value;
        _units[line] = amount.Unit;
        if (site is not null)
        {
            (_sites ??= new string?[_values.Length])[line] = site;
        }
    }

    /// <summary>Fills a deferred line's columns from the record the element reader made of it.</summary>
    protected abstract void Fill(int line, T record);

    /// <summary>Called when the columns grow to <paramref name="length"/>: a subclass grows its own columns too.</summary>
    protected virtual void Grow(int length)
    {
    }

    /// <summary>Grows <paramref name="column"/> (if made) to <paramref name="length"/>.</summary>
    protected static void Grow<TColumn>(ref TColumn[]? column, int length)
    {
        if (column is not null)
        {
            Array.Resize(ref column, length);
        }
    }

    private int Next()
    {
        if (Count == _values.Length)
        {
            Resize(Math.Max(16, Count * 2));
        }

        return Count++;
    }

    private void Resize(int length)
    {
        Array.Resize(ref _values, length);
        Array.Resize(ref _units, length);
        Grow(ref _sites, length);
        Grow(length);
    }
}
