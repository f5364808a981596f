using Emissions.Quantities;

namespace Emissions.Inventory.Streaming;

/// <summary>
/// The columns of a line list as they are read: amounts, units and sites, grown by doubling from a first guess of the
/// list's length, and the records of lines the element reader read (kept whole). <see cref="Finish"/> cuts the
/// arrays to the lines read.
/// </summary>
internal class ColumnBuilder<T>
    where T : class
{
    private decimal[] _values = [];
    private Unit[] _units = [];
    private string?[]? _sites;

    public int Count { get; private set; }

    /// <summary>Lines the element reader read, by index.</summary>
    public Dictionary<int, T>? Kept { get; private set; }

    /// <summary>Room for <paramref name="lines"/> lines in every column.</summary>
    public void Reserve(int lines)
    {
        if (lines > _values.Length)
        {
            Resize(lines);
        }
    }

    /// <summary>Adds a line's amount and site; the caller adds its own columns at <see cref="Count"/> − 1 after.</summary>
    public int Add(Measurement amount, string? site)
    {
        if (Count == _values.Length)
        {
            Resize(Math.Max(16, Count * 2));
        }

        var line = Count++;
        _values[line] = amount.Value;
        _units[line] = amount.Unit;
        if (site is not null)
        {
            (_sites ??= new string?[_values.Length])[line] = site;
        }

        return line;
    }

    /// <summary>Adds a line read by the element reader: its amount in the columns, the record kept.</summary>
    public int Keep(T record, Measurement amount, string? site)
    {
        var line = Add(amount, site);
        (Kept ??= [])[line] = record;
        return line;
    }

    /// <summary>The amounts, units and sites cut to <see cref="Count"/>.</summary>
    public decimal[] Finish(out string?[]? sites, out Unit[] units)
    {
        sites = _sites is null ? null : Cut(_sites);
        units = Cut(_units);
        return Cut(_values);
    }

    /// <summary>A column of this list grown as it grows (null until the first line with a value).</summary>
    public TColumn[] Column<TColumn>(ref TColumn[]? column) => column ??= new TColumn[_values.Length];

    /// <summary>A column cut to <see cref="Count"/>.</summary>
    public TColumn[] Cut<TColumn>(TColumn[] column)
    {
        if (column.Length != Count)
        {
            Array.Resize(ref column, Count);
        }

        return column;
    }

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

    private void Resize(int length)
    {
        Array.Resize(ref _values, length);
        Array.Resize(ref _units, length);
        Grow(ref _sites, length);
        Grow(length);
    }
}
