using System.Buffers;

namespace Emissions.Api.Json;

/// <summary>
/// A request body's UTF-8 bytes, scanned within the limits or still to be (<see cref="JsonBodyReader"/>), in a buffer rented
/// from the shared pool and returned on <see cref="Dispose"/>: a 1 MiB calculate body is read into a reused buffer, not
/// a new large-object array per request. Nothing may keep <see cref="Utf8"/> past the body's disposal.
/// </summary>
public sealed class JsonBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _start;
    private readonly int _length;

    internal JsonBody(byte[] buffer, int start, int length)
    {
        _buffer = buffer;
        _start = start;
        _length = length;
    }

    /// <summary>The body without its byte-order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 => _buffer is { } buffer ? buffer.AsMemory(_start, _length) : throw new ObjectDisposedException(nameof(JsonBody));

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
