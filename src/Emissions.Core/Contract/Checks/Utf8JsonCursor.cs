using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// A cursor over a check request's UTF-8 JSON (already known to be valid UTF-8) for <see cref="CheckRequestUtf8Reader"/>:
/// its caller walks the request's expected shape and the cursor reads one value or punctuation mark at a time, strictly
/// as RFC 8259 writes JSON (no comments, no trailing commas). Anything else — a byte the shape does not expect there, a
/// control character in a string, a malformed number or literal, an invalid escape — throws <see cref="JsonException"/>,
/// which makes the reader leave the body to the document path (which names the fault). <see cref="Utf8JsonReader"/>'s
/// token pass was ~40 % of reading a Kuaishou request (issue 16): it keeps a general state per token (kinds, depth bits,
/// value spans, positions) that a reader of one known shape does not need.
/// </summary>
internal ref struct Utf8JsonCursor
{
    // What ends the plain run of a string: its closing quote, an escape, or a control character (refused in strings).
    private static readonly SearchValues<byte> StringStops = SearchValues.Create([(byte)'"', (byte)'\\', .. Enumerable.Range(0, 0x20).Select(b => (byte)b)]);

    // The bytes a string runs on over (neither its closing quote, an escape nor a control character).
    private static readonly bool[] PlainInString = [.. Enumerable.Range(0, 256).Select(b => b >= 0x20 && b != '"' && b != '\\')];

    private readonly ReadOnlySpan<byte> _json;
    private int _at;

    public Utf8JsonCursor(ReadOnlySpan<byte> json) => _json = json;

    /// <summary>The next byte after white space (the first of the next value or mark), without taking it.</summary>
    public byte Peek()
    {
        if ((uint)_at < (uint)_json.Length && _json[_at] > (byte)' ')
        {
            return _json[_at];
        }

        SkipWhiteSpace();
        return _at < _json.Length ? _json[_at] : throw Malformed();
    }

    /// <summary>Takes <paramref name="mark"/> when it is the next byte after white space.</summary>
    public bool TakeIf(byte mark)
    {
        if (Peek() != mark)
        {
            return false;
        }

        _at++;
        return true;
    }

    /// <summary>Takes <paramref name="mark"/>, which must be the next byte after white space.</summary>
    public void Expect(byte mark)
    {
        if (!TakeIf(mark))
        {
            throw Malformed();
        }
    }

    /// <summary>
    /// Moves to the next member of the object whose "{" was taken (<paramref name="first"/> true until its first member)
    /// or the next entry of the array whose "[" was; false once its closing <paramref name="close"/> is taken.
    /// </summary>
    public bool Next(ref bool first, byte close)
    {
        if (first)
        {
            first = false;
            return !TakeIf(close);
        }

        if (TakeIf((byte)','))
        {
            return true;
        }

        Expect(close);
        return false;
    }

    /// <summary>Only white space is left.</summary>
    public void ExpectEnd()
    {
        SkipWhiteSpace();
        if (_at != _json.Length)
        {
            throw Malformed();
        }
    }

    /// <summary>A member's name and its ":" (the name's bytes between the quotes, and whether it holds an escape).</summary>
    public JsonText Name()
    {
        if (Peek() != (byte)'"')
        {
            throw Malformed();
        }

        var name = String();
        Expect((byte)':');
        return name;
    }

    /// <summary>The string at the cursor (its first byte a quote, as <see cref="Peek"/> found).</summary>
    public JsonText String()
    {
        var json = _json;
        var start = _at + 1;
        var at = start;
        var escaped = false;
        while (true)
        {
            // Most strings of a request are names and short tokens: a few bytes looked at one by one before the
            // vectorised search, whose set-up costs more than such a string.
            var plainEnd = Math.Min(json.Length, at + 16);
            while (at < plainEnd && PlainInString[json[at]])
            {
                at++;
            }

            if (at == plainEnd)
            {
                var stop = json[at..].IndexOfAny(StringStops);
                if (stop < 0)
                {
                    throw Malformed();
                }

                at += stop;
            }

            switch (json[at])
            {
                case (byte)'"':
                    _at = at + 1;
                    return new JsonText(start, at - start, escaped);
                case (byte)'\\':
                    // The escape's validity is left to Text (the escaped character is passed over here, whatever it is).
                    escaped = true;
                    at += 2;
                    if (at > json.Length)
                    {
                        throw Malformed();
                    }

                    break;
                default:
                    throw Malformed(); // a control character
            }
        }
    }

    /// <summary>The number at the cursor (a minus sign or digit, as <see cref="Peek"/> found), as its bytes.</summary>
    public JsonText Number()
    {
        var start = _at;
        if (At((byte)'-'))
        {
            _at++;
        }

        if (At((byte)'0'))
        {
            _at++; // a leading zero is the whole integer part (a digit after it is refused by whatever reads on)
        }
        else if (!Digits())
        {
            throw Malformed();
        }

        if (At((byte)'.'))
        {
            _at++;
            if (!Digits())
            {
                throw Malformed();
            }
        }

        if (At((byte)'e') || At((byte)'E'))
        {
            _at++;
            if (At((byte)'+') || At((byte)'-'))
            {
                _at++;
            }

            if (!Digits())
            {
                throw Malformed();
            }
        }

        return new JsonText(start, _at - start, Escaped: false);
    }

    /// <summary>Takes null, true or false at the cursor (its first byte as <see cref="Peek"/> found).</summary>
    public void Literal()
    {
        ReadOnlySpan<byte> literal = _json[_at] switch
        {
            (byte)'n' => "null"u8,
            (byte)'t' => "true"u8,
            (byte)'f' => "false"u8,
            _ => throw Malformed(),
        };
        if (!_json[_at..].StartsWith(literal))
        {
            throw Malformed();
        }

        _at += literal.Length;
    }

    /// <summary>Takes any scalar at the cursor: a string (whose escapes must decode, as the document path's framing decodes them), number or literal.</summary>
    public void Scalar()
    {
        switch (Peek())
        {
            case (byte)'"':
                var text = String();
                if (text.Escaped)
                {
                    _ = Text(text);
                }

                break;
            case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                Number();
                break;
            default:
                Literal();
                break;
        }
    }

    /// <summary>The bytes of <paramref name="text"/> (between a string's quotes, or a number's).</summary>
    public readonly ReadOnlySpan<byte> Bytes(JsonText text) => _json.Slice(text.Start, text.Length);

    /// <summary>
    /// A string's text, as <see cref="Utf8JsonReader.GetString"/> gives it: an escaped one decoded by a reader of that one
    /// token, which refuses an invalid escape (<see cref="JsonException"/>) or one that decodes to no text (a lone
    /// surrogate: <see cref="InvalidOperationException"/>).
    /// </summary>
    public readonly string Text(JsonText text)
    {
        if (!text.Escaped)
        {
            return Encoding.UTF8.GetString(Bytes(text));
        }

        var quoted = _json.Slice(text.Start - 1, text.Length + 2);
        var reader = new Utf8JsonReader(quoted);
        if (!reader.Read() || reader.TokenType != JsonTokenType.String || reader.BytesConsumed != quoted.Length)
        {
            throw Malformed();
        }

        return reader.GetString()!;
    }

    private readonly bool At(byte b) => _at < _json.Length && _json[_at] == b;

    private bool Digits()
    {
        var start = _at;
        while (_at < _json.Length && char.IsAsciiDigit((char)_json[_at]))
        {
            _at++;
        }

        return _at > start;
    }

    // Locals rather than fields in the loop (the cursor lives in its caller's frame: each field access is a load), and
    // the usual case — no white space, or one space after a comma or colon — decided before any loop.
    private void SkipWhiteSpace()
    {
        var json = _json;
        var at = _at;
        while ((uint)at < (uint)json.Length && json[at] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            at++;
        }

        _at = at;
    }

    private static JsonException Malformed() => new("Not the strict JSON the one-pass check reader reads; left to the document path.");
}
