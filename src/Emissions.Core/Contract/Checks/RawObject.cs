using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// One small JSON object of the check answer (a value's interval, an implied value, a deviation) laid out as the writer
/// would lay it out — its options' indentation and new line, or none — from parts that need no escaping, to be handed
/// to <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/> in one call instead of one writer call per
/// property (each of which scans its value for characters to escape). Text that could need escaping never comes here:
/// property names are the answer's own ASCII names, values are number text, literals and already-encoded units.
/// </summary>
/// <remarks>
/// The writer writes no indentation before a raw value (only the comma between items), so an item of an array starts
/// with its own new line and indentation (<see cref="ArrayItem"/>). A part that does not fit the buffer marks the text
/// as <see cref="Overflowed"/>: the caller then writes the object the ordinary way.
/// </remarks>
internal ref struct RawObject
{
    private readonly Span<byte> _buffer;
    private readonly JsonWriterOptions _options;
    private readonly int _depth;
    private int _at;
    private bool _empty;

    private RawObject(Span<byte> buffer, JsonWriterOptions options, int depth, bool item)
    {
        _buffer = buffer;
        _options = options;
        _depth = depth;
        _empty = true;
        if (item && options.Indented)
        {
            NewLine(depth);
        }

        Append("{"u8);
    }

    /// <summary>Starts the object written as a property's value (after its name): the writer is at <paramref name="depth"/>, inside the object holding the property.</summary>
    public static RawObject PropertyValue(Span<byte> buffer, JsonWriterOptions options, int depth) => new(buffer, options, depth, item: false);

    /// <summary>Starts the object written as an item of the array the writer is in (at <paramref name="depth"/>).</summary>
    public static RawObject ArrayItem(Span<byte> buffer, JsonWriterOptions options, int depth) => new(buffer, options, depth, item: true);

    public bool Overflowed { get; private set; }

    /// <summary>"name": "text" — <paramref name="utf8"/> must need no escaping (number text, an encoded unit).</summary>
    public void String(JsonEncodedText name, ReadOnlySpan<byte> utf8)
    {
        Name(name);
        Append("\""u8);
        Append(utf8);
        Append("\""u8);
    }

    /// <summary>"name": "289.5444 兆瓦時" — a measure: the number, a space and the unit as the writer's encoder writes it; the number alone when there is no unit.</summary>
    public void Measure(JsonEncodedText name, ReadOnlySpan<byte> number, ReadOnlySpan<byte> unit)
    {
        Name(name);
        Append("\""u8);
        Append(number);
        if (!unit.IsEmpty)
        {
            Append(" "u8);
            Append(unit);
        }

        Append("\""u8);
    }

    public void Null(JsonEncodedText name)
    {
        Name(name);
        Append("null"u8);
    }

    public void Boolean(JsonEncodedText name, bool value)
    {
        Name(name);
        Append(value ? "true"u8 : "false"u8);
    }

    /// <summary>Closes the object; its text, for one raw write.</summary>
    public ReadOnlySpan<byte> Close()
    {
        if (_options.Indented && !_empty)
        {
            NewLine(_depth);
        }

        Append("}"u8);
        return Overflowed ? default : _buffer[.._at];
    }

    private void Name(JsonEncodedText name)
    {
        if (!_empty)
        {
            Append(","u8);
        }

        _empty = false;
        if (_options.Indented)
        {
            NewLine(_depth + 1);
        }

        Append("\""u8);
        Append(name.EncodedUtf8Bytes);
        Append(_options.Indented ? "\": "u8 : "\":"u8);
    }

    private void NewLine(int depth)
    {
        var newLine = _options.NewLine;
        var indent = depth * _options.IndentSize;
        if (_at + (newLine.Length * 3) + indent > _buffer.Length)
        {
            Overflowed = true;
            return;
        }

        // The writer's new line is "\n" or "\r\n", its indentation spaces or tabs: all ASCII.
        foreach (var c in newLine)
        {
            _buffer[_at++] = (byte)c;
        }

        _buffer.Slice(_at, indent).Fill((byte)_options.IndentCharacter);
        _at += indent;
    }

    private void Append(scoped ReadOnlySpan<byte> utf8)
    {
        if (Overflowed || !utf8.TryCopyTo(_buffer[_at..]))
        {
            Overflowed = true;
            return;
        }

        _at += utf8.Length;
    }
}
