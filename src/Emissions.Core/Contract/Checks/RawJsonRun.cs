using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Emissions.Contract.Checks;

/// <summary>
/// A run of an object's properties laid out byte for byte as <see cref="Utf8JsonWriter"/> lays them out under its
/// options (compact, or indented with its indent character, size and new line), then handed to the writer in one
/// <see cref="Utf8JsonWriter.WriteRawValue(ReadOnlySpan{byte}, bool)"/>: the writer puts the separator before it when one
/// is due and treats the run as one finished value. A check's ~35 small properties (views, implied values) cost the
/// writer one call each, with its escaping scan, state and capacity checks; here they are one copy.
/// Text is written only when the writer's encoder would leave every byte of it alone (<see cref="UnescapedText"/>): any
/// other text makes <see cref="TryString(string)"/> false, and the caller writes the run through the writer instead.
/// </summary>
internal sealed class RawJsonRun
{
    [ThreadStatic]
    private static RawJsonRun? t_run;

    private byte[] _bytes = new byte[4096];
    private int _length;
    private int _depth;
    private bool _separate;
    private bool _indented;
    private byte _indentCharacter;
    private int _indentSize;
    private byte[] _newLine = [];

    private RawJsonRun()
    {
    }

    /// <summary>The encoder the run's text is checked against (the writer's own).</summary>
    public JavaScriptEncoder Encoder { get; private set; } = JavaScriptEncoder.Default;

    /// <summary>
    /// An empty run for properties at the writer's current depth, or null when the writer checks its structure (a raw value
    /// inside an object would break its checks) or has no encoder of its own.
    /// </summary>
    public static RawJsonRun? Start(Utf8JsonWriter writer)
    {
        var options = writer.Options;
        if (!options.SkipValidation || options.Encoder is not { } encoder)
        {
            return null;
        }

        var run = t_run ??= new RawJsonRun();
        run._length = 0;
        run._depth = writer.CurrentDepth;
        run._separate = false;
        run._indented = options.Indented;
        run._indentCharacter = (byte)options.IndentCharacter;
        run._indentSize = options.IndentSize;
        if (run._newLine.Length != options.NewLine.Length || Encoding.ASCII.GetString(run._newLine) != options.NewLine)
        {
            run._newLine = Encoding.ASCII.GetBytes(options.NewLine);
        }

        run.Encoder = encoder;
        return run;
    }

    /// <summary>The run as the writer's next value.</summary>
    public void WriteTo(Utf8JsonWriter writer) => writer.WriteRawValue(_bytes.AsSpan(0, _length), skipInputValidation: true);

    /// <summary>The separator and indentation before a property, then <c>"name":</c> (<c>"name": </c> indented).</summary>
    public void Name(JsonEncodedText name)
    {
        var utf8 = name.EncodedUtf8Bytes;
        var span = Reserve(utf8.Length + 4);
        Before(span, ref _length);
        var at = _length;
        span = _bytes.AsSpan();
        span[at++] = (byte)'"';
        utf8.CopyTo(span[at..]);
        at += utf8.Length;
        span[at++] = (byte)'"';
        span[at++] = (byte)':';
        if (_indented)
        {
            span[at++] = (byte)' ';
        }

        _length = at;
    }

    public void StartObject(JsonEncodedText name)
    {
        Name(name);
        Raw((byte)'{');
        _depth++;
        _separate = false;
    }

    /// <summary>An object as an array's element.</summary>
    public void StartObject()
    {
        var span = Reserve(1);
        Before(span, ref _length);
        Raw((byte)'{');
        _depth++;
        _separate = false;
    }

    public void EndObject() => End((byte)'}');

    public void StartArray(JsonEncodedText name)
    {
        Name(name);
        Raw((byte)'[');
        _depth++;
        _separate = false;
    }

    public void EndArray() => End((byte)']');

    public void Boolean(bool value)
    {
        var text = value ? "true"u8 : "false"u8;
        text.CopyTo(Reserve(text.Length)[_length..]);
        _length += text.Length;
        _separate = true;
    }

    public void Null()
    {
        "null"u8.CopyTo(Reserve(4)[_length..]);
        _length += 4;
        _separate = true;
    }

    /// <summary>Text already encoded for the writer's encoder (a <see cref="UnitTexts"/> unit), quoted.</summary>
    public void String(JsonEncodedText text) => QuotedUnescaped(text.EncodedUtf8Bytes);

    /// <summary>A report number as <see cref="Verification.ReportNumberText"/> prints it, quoted.</summary>
    public void Number(decimal value)
    {
        var span = Reserve(Verification.ReportNumberText.MaxLength + 2);
        var at = _length;
        span[at++] = (byte)'"';
        at += Verification.ReportNumberText.Format(value, span[at..]);
        span[at++] = (byte)'"';
        _length = at;
        _separate = true;
    }

    public void NumberOrNull(decimal? value)
    {
        if (value is { } v)
        {
            Number(v);
        }
        else
        {
            Null();
        }
    }

    /// <summary>
    /// Text quoted when it is valid UTF-16 and the encoder leaves all of it alone; else false (the writer escapes it or
    /// refuses it), and the run is no longer whole.
    /// </summary>
    public bool TryString(string value)
    {
        Reserve(1)[_length++] = (byte)'"';
        if (!TryText(value))
        {
            return false;
        }

        Close();
        return true;
    }

    /// <summary>A figure as printed, every digit its scale carries ("32.30"), quoted.</summary>
    public void Printed(decimal value)
    {
        var span = Reserve(Verification.ReportNumberText.MaxLength + 2);
        var at = _length;
        span[at++] = (byte)'"';
        if (!Verification.DecimalDigits.TryFormat(value, span[at..], out var length))
        {
            value.TryFormat(span[at..], out length, default, CultureInfo.InvariantCulture);
        }

        _length = at + length;
        Close();
    }

    /// <summary>"289.5444 兆瓦時": the number, a space and the unit (none when empty), quoted; false as for <see cref="TryString(string)"/>.</summary>
    public bool TryMeasure(decimal value, string unit)
    {
        var span = Reserve(Verification.ReportNumberText.MaxLength + 2);
        var at = _length;
        span[at++] = (byte)'"';
        at += Verification.ReportNumberText.Format(value, span[at..]);
        if (unit.Length > 0)
        {
            span[at++] = (byte)' ';
            _length = at;
            if (!TryText(unit))
            {
                return false;
            }
        }
        else
        {
            _length = at;
        }

        Close();
        return true;
    }

    /// <summary>The text's UTF-8 bytes at the end of the run when valid and left alone by the encoder (the quote before is the caller's).</summary>
    private bool TryText(string value)
    {
        // Every UTF-16 unit is at most three UTF-8 bytes.
        var span = Reserve((value.Length * 3) + 1);
        var at = _length;
        if (Utf8.FromUtf16(value, span[at..], out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done
            || !UnescapedText.NeedsNoEscaping(Encoder, span.Slice(at, written)))
        {
            return false;
        }

        _length = at + written;
        return true;
    }

    /// <summary>The closing quote of a string value.</summary>
    private void Close()
    {
        Reserve(1)[_length++] = (byte)'"';
        _separate = true;
    }

    private void QuotedUnescaped(ReadOnlySpan<byte> utf8)
    {
        var span = Reserve(utf8.Length + 2);
        var at = _length;
        span[at++] = (byte)'"';
        utf8.CopyTo(span[at..]);
        at += utf8.Length;
        span[at++] = (byte)'"';
        _length = at;
        _separate = true;
    }

    private void Raw(byte b)
    {
        Reserve(1)[_length++] = b;
    }

    private void End(byte close)
    {
        _depth--;
        if (_separate)
        {
            // Not empty: the writer closes on a line of its own ("[]" and "{}" stay together).
            NewLineAndIndent(Reserve(1), ref _length);
        }

        Raw(close);
        _separate = true;
    }

    /// <summary>The comma before anything but a container's first item, then (indented) the new line and indentation.</summary>
    private void Before(Span<byte> span, ref int at)
    {
        if (_separate)
        {
            span[at++] = (byte)',';
        }

        NewLineAndIndent(span, ref at);
    }

    private void NewLineAndIndent(Span<byte> span, ref int at)
    {
        if (!_indented)
        {
            return;
        }

        _newLine.CopyTo(span[at..]);
        at += _newLine.Length;
        var indent = _depth * _indentSize;
        span.Slice(at, indent).Fill(_indentCharacter);
        at += indent;
    }

    /// <summary>The buffer with room for <paramref name="count"/> more bytes and a separator, new line and indentation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Span<byte> Reserve(int count)
    {
        var needed = _length + count + 1 + _newLine.Length + ((_depth + 1) * _indentSize);
        if (needed > _bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(needed, _bytes.Length * 2));
        }

        return _bytes;
    }
}
