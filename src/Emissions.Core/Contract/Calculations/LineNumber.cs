namespace Emissions.Contract.Calculations;

/// <summary>
/// A line's number as invariant decimal digits (what <see cref="System.Buffers.Text.Utf8Formatter"/> writes for it),
/// counted up from 0 in place: a list's lines are written in order, so each number is the last one's digits with the
/// last digit (and sometimes a carry) changed, not formatted again from the integer.
/// </summary>
internal ref struct LineNumber
{
    /// <summary>Room for the digits of any line number (an int's ten).</summary>
    public const int Room = 10;

    private readonly Span<byte> _digits;
    private int _start;

    /// <summary>The number 0, kept in <paramref name="room"/> (<see cref="Room"/> long).</summary>
    public LineNumber(Span<byte> room)
    {
        _digits = room[..Room];
        _start = Room - 1;
        _digits[_start] = (byte)'0';
    }

    /// <summary>The number's digits.</summary>
    public readonly ReadOnlySpan<byte> Text => _digits[_start..];

    /// <summary>Adds one.</summary>
    public void Next()
    {
        var at = Room - 1;
        while (at >= _start && _digits[at] == (byte)'9')
        {
            _digits[at--] = (byte)'0';
        }

        if (at < _start)
        {
            // All nines: one digit more ("99" → "100").
            _start = at;
            _digits[at] = (byte)'1';
            return;
        }

        _digits[at]++;
    }
}
