using System.Buffers;

namespace Emissions.Contract.Checks;

/// <summary>
/// A growing byte buffer over <see cref="ArrayPool{T}.Shared"/>, returned by <see cref="ReturnToPool"/>: a large answer's half written on
/// the second core (<see cref="TwoCoreCheckArray"/>) is hundreds of KB, which as a new array per answer would be a
/// large-object allocation, and collected only with generation 2.
/// </summary>
internal sealed class PooledByteBuffer(int initialSize) : IBufferWriter<byte>
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(initialSize);
    private int _written;

    public int WrittenCount => _written;

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, _written);

    /// <summary>The array written so far holds (it stays valid after the buffer grows, see <see cref="Reserve"/>).</summary>
    public byte[] Array => _array;

    public void Advance(int count) => _written += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _array.AsSpan(_written);
    }

    /// <summary>Gives the array back to the pool; the buffer is empty after.</summary>
    public void ReturnToPool()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        _written = 0;
    }

    private void Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_array.Length - _written < needed)
        {
            // The outgrown array is left to the collector, not returned to the pool: another thread may still be
            // copying what it holds (TwoCoreCheckArray), so it must not be handed to anyone else.
            var next = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, _written + needed));
            _array.AsSpan(0, _written).CopyTo(next);
            _array = next;
        }
    }
}
