using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Emissions.Verification.Checking;

/// <summary>
/// Explanation prose as UTF-8, appended in place: numbers are formatted straight into the buffer
/// (<see cref="ProseParts"/>) and strings transcoded once, so that an answer's explanations reach the JSON writer
/// without a string per line, per number or per check. One buffer serves a whole check session: each check's text
/// is one segment (<see cref="Begin"/> … <see cref="End"/>), kept contiguous by moving it to a fresh chunk when the
/// current one fills, so that a finished segment never moves and small chunks replace one large array.
/// </summary>
internal sealed class ProseBuffer(int firstChunk = 2 * 1024)
{
    private const int ChunkSize = 16 * 1024;

    private byte[] _chunk = new byte[firstChunk];
    private int _segment;
    private int _length;

    /// <summary>The length of the current segment so far.</summary>
    public int Length => _length - _segment;

    /// <summary>The current segment's text.</summary>
    public ReadOnlySpan<byte> Segment => _chunk.AsSpan(_segment, _length - _segment);

    /// <summary>Starts a new segment after the last one.</summary>
    public void Begin() => _segment = _length;

    /// <summary>The current segment as it stands (it stays valid: text is only ever appended after it).</summary>
    public ProseText End() => new(_chunk, _segment, _length - _segment);

    /// <summary>Forgets everything written (for a scratch buffer reused between answers).</summary>
    public void Clear() => _segment = _length = 0;

    /// <summary>Cuts the current segment back to <paramref name="length"/> bytes.</summary>
    public void Truncate(int length) => _length = _segment + length;

    public void Append(ReadOnlySpan<byte> utf8)
    {
        utf8.CopyTo(Reserve(utf8.Length));
        _length += utf8.Length;
    }

    public void Append(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            // Reserve first: moving to a new chunk changes _length.
            var free = Reserve(Encoding.UTF8.GetMaxByteCount(text.Length));

            // The prose's literals and most names are ASCII: narrowed in one pass, without the encoder's layers. Text
            // with any other character is transcoded as before (a partial narrowing is simply overwritten).
            _length += Ascii.FromUtf16(text, free, out var narrowed) == OperationStatus.Done ? narrowed : Encoding.UTF8.GetBytes(text, free);
        }
    }

    /// <summary>An interpolated line: literals and strings transcoded, <see cref="ProseParts"/> formatted in place.</summary>
#pragma warning disable CA1822 // an instance method: the buffer is the handler's argument ("" above), so it cannot be static
    public void Append([InterpolatedStringHandlerArgument("")] ref Handler handler)
    {
        // The handler has appended everything already.
        _ = handler;
    }
#pragma warning restore CA1822

    private void AppendFormatted<T>(T value)
        where T : IUtf8SpanFormattable
    {
        var size = 64;
        int written;
        while (!value.TryFormat(Reserve(size), out written, default, CultureInfo.InvariantCulture))
        {
            size *= 2;
        }

        _length += written;
    }

    /// <summary>At least <paramref name="size"/> free bytes after the current segment.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_chunk.Length - _length < size)
        {
            var used = _length - _segment;
            var next = new byte[Math.Max(ChunkSize, (used + size) * 2)];
            _chunk.AsSpan(_segment, used).CopyTo(next);
            _chunk = next;
            _segment = 0;
            _length = used;
        }

        return _chunk.AsSpan(_length);
    }

    /// <summary>Appends an interpolated string's parts to the buffer as they come.</summary>
    [InterpolatedStringHandler]
    public readonly ref struct Handler
    {
        private readonly ProseBuffer _buffer;

        public Handler(int literalLength, int formattedCount, ProseBuffer buffer)
        {
            _ = literalLength;
            _ = formattedCount;
            _buffer = buffer;
        }

        public void AppendLiteral(string value) => _buffer.Append(value);

        public void AppendFormatted(string? value) => _buffer.Append(value);

        public void AppendFormatted<T>(T value)
            where T : IUtf8SpanFormattable => _buffer.AppendFormatted(value);
    }
}

/// <summary>A finished segment of a <see cref="ProseBuffer"/>; the default is empty.</summary>
internal readonly struct ProseText(byte[] chunk, int start, int length)
{
    public ReadOnlySpan<byte> Span => chunk is null ? default : chunk.AsSpan(start, length);
}
