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
    private readonly bool _indented;
    private readonly string _newLine;
    private readonly byte _indentCharacter;
    private readonly int _propertyIndent;
    private readonly int _closeIndent;
    private int _at;
    private bool _empty;

    private RawObject(Span<byte> buffer, JsonWriterOptions options, int depth, bool item)
    {
        _buffer = buffer;
        _indented = options.Indented;
        _newLine = options.NewLine;
        _indentCharacter = (byte)options.IndentCharacter;
        _closeIndent = depth * options.IndentSize;
        _propertyIndent = _closeIndent + options.IndentSize;
        _empty = true;
        if (!Fits(1 + _newLine.Length + _closeIndent))
        {
            return;
        }

        if (item && _indented)
        {
            NewLine(_closeIndent);
        }

        _buffer[_at++] = (byte)'{';
    }

    /// <summary>Starts the object written as a property's value (after its name): the writer is at <paramref name="depth"/>, inside the object holding the property.</summary>
    public static RawObject PropertyValue(Span<byte> buffer, JsonWriterOptions options, int depth) => new(buffer, options, depth, item: false);

    /// <summary>Starts the object written as an item of the array the writer is in (at <paramref name="depth"/>).</summary>
    public static RawObject ArrayItem(Span<byte> buffer, JsonWriterOptions options, int depth) => new(buffer, options, depth, item: true);

    public bool Overflowed { get; private set; }

    /// <summary>"name": "text" — <paramref name="utf8"/> must need no escaping (number text, an encoded unit).</summary>
    public void String(JsonEncodedText name, scoped ReadOnlySpan<byte> utf8)
    {
        if (Name(name, utf8.Length + 2))
        {
            _buffer[_at++] = (byte)'"';
            utf8.CopyTo(_buffer[_at..]);
            _at += utf8.Length;
            _buffer[_at++] = (byte)'"';
        }
    }

    /// <summary>"name": "289.5444 兆瓦時" — a measure: the number, a space and the unit as the writer's encoder writes it; the number alone when there is no unit.</summary>
    public void Measure(JsonEncodedText name, scoped ReadOnlySpan<byte> number, scoped ReadOnlySpan<byte> unit)
    {
        if (Name(name, number.Length + unit.Length + 3))
        {
            _buffer[_at++] = (byte)'"';
            number.CopyTo(_buffer[_at..]);
            _at += number.Length;
            if (!unit.IsEmpty)
            {
                _buffer[_at++] = (byte)' ';
                unit.CopyTo(_buffer[_at..]);
                _at += unit.Length;
            }

            _buffer[_at++] = (byte)'"';
        }
    }

    public void Null(JsonEncodedText name)
    {
        if (Name(name, 4))
        {
            "null"u8.CopyTo(_buffer[_at..]);
            _at += 4;
        }
    }

    public void Boolean(JsonEncodedText name, bool value)
    {
        var literal = value ? "true"u8 : "false"u8;
        if (Name(name, literal.Length))
        {
            literal.CopyTo(_buffer[_at..]);
            _at += literal.Length;
        }
    }

    /// <summary>Closes the object; its text, for one raw write (empty when <see cref="Overflowed"/>).</summary>
    public ReadOnlySpan<byte> Close()
    {
        if (!Fits(1 + _newLine.Length + _closeIndent))
        {
            return default;
        }

        if (_indented && !_empty)
        {
            NewLine(_closeIndent);
        }

        _buffer[_at++] = (byte)'}';
        return _buffer[.._at];
    }

    /// <summary>The comma, new line and indentation before a property, and its name: true when the value's <paramref name="valueBytes"/> fit after it.</summary>
    private bool Name(JsonEncodedText name, int valueBytes)
    {
        var encoded = name.EncodedUtf8Bytes;
        if (!Fits(1 + _newLine.Length + _propertyIndent + encoded.Length + 4 + valueBytes))
        {
            return false;
        }

        if (!_empty)
        {
            _buffer[_at++] = (byte)',';
        }

        _empty = false;
        if (_indented)
        {
            NewLine(_propertyIndent);
        }

        _buffer[_at++] = (byte)'"';
        encoded.CopyTo(_buffer[_at..]);
        _at += encoded.Length;
        _buffer[_at++] = (byte)'"';
        _buffer[_at++] = (byte)':';
        if (_indented)
        {
            _buffer[_at++] = (byte)' ';
        }

        return true;
    }

    /// <summary>The writer's new line ("\n" or "\r\n", ASCII) and <paramref name="indent"/> indentation characters (space or tab).</summary>
    private void NewLine(int indent)
    {
        foreach (var c in _newLine)
        {
            _buffer[_at++] = (byte)c;
        }

        for (var i = 0; i < indent; i++)
        {
            _buffer[_at++] = _indentCharacter;
        }
    }

    private bool Fits(int bytes)
    {
        if (Overflowed || _at + bytes > _buffer.Length)
        {
            Overflowed = true;
            return false;
        }

        return true;
    }
}
