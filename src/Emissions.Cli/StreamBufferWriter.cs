using System.Buffers;

namespace Emissions.Cli;

/// <summary>
/// The JSON writer's output buffer over the command's output stream: what the writer has written is passed to the
/// stream when the buffer is full (and by <see cref="Drain"/>), and the buffer is reused as it stands. A
/// <see cref="System.Text.Json.Utf8JsonWriter"/> given the stream itself keeps its own buffer and zeroes the part it
/// wrote after every flush (7 MB zeroed for a 100,000-line answer) and flushes the stream each time; this does neither.
/// </summary>
internal sealed class StreamBufferWriter(Stream stream, int size = 128 * 1024) : IBufferWriter<byte>
{
    private byte[] _buffer = new byte[size];
    private int _count;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _buffer.Length - _count);
        _count += count;
    }

    // Reserve first: it may replace the buffer, which `_buffer.AsMemory(Reserve(…))` would read before the call.
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return _buffer.AsMemory(at);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var at = Reserve(sizeHint);
        return _buffer.AsSpan(at);
    }

    /// <summary>Passes what has been written to the stream (the stream is not flushed).</summary>
    public void Drain()
    {
        if (_count > 0)
        {
            stream.Write(_buffer, 0, _count);
            _count = 0;
        }
    }

    // Room for at least `sizeHint` bytes (one when 0) after what was written: the buffer drained first, grown only for
    // a request larger than all of it. Returns where the room starts.
    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _count < needed)
        {
            Drain();
            if (_buffer.Length < needed)
            {
                _buffer = new byte[needed];
            }
        }

        return _count;
    }
}
