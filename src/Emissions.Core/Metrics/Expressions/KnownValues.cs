namespace Emissions.Metrics.Expressions;

/// <summary>
/// Values already worked out, by index (a compiled part's node, a rearrangement's step), for one set of operand values:
/// solving every unknown of a relation reuses what the unknowns share instead of working it out again for each
/// (a sum of n terms: n steps and n nodes in all, not n² of each). The same operations in the same order give the same
/// value, so a reused value is the value a fresh run would give. Reset before another set of operand values.
/// </summary>
/// <typeparam name="T">The arithmetic's value (a quantity, an interval).</typeparam>
internal sealed class KnownValues<T>
{
    private T[] _values = [];
    private bool[] _known = [];
    private int _size;

    /// <summary>Forgets every value and makes room for indices below <paramref name="size"/>.</summary>
    public void Reset(int size)
    {
        if (_known.Length < size)
        {
            _values = new T[Math.Max(size, _known.Length * 2)];
            _known = new bool[_values.Length];
        }
        else
        {
            Array.Clear(_known, 0, _size);
        }

        _size = size;
    }

    /// <summary>Whether the value at <paramref name="index"/> has been worked out, and if so the value.</summary>
    public bool TryGet(int index, out T value)
    {
        if ((uint)index < (uint)_size && _known[index])
        {
            value = _values[index];
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps the value at <paramref name="index"/> (an index at or beyond the reset size is not kept).</summary>
    public void Set(int index, T value)
    {
        if ((uint)index < (uint)_size)
        {
            _values[index] = value;
            _known[index] = true;
        }
    }
}
