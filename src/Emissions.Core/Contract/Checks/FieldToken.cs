using System.Text;
using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// A field's value as <see cref="CheckRequestReader"/> met it in the request's bytes: its kind, a string's decoded text,
/// and where its raw text is (an error quotes it, a JSON number is read from it, an object is parsed from it). The
/// default value is a field that is absent.
/// </summary>
internal readonly struct FieldToken
{
    private readonly int _start;
    private readonly int _length;

    private FieldToken(JsonTokenType kind, string? text, int start, int length)
    {
        Kind = kind;
        Text = text;
        _start = start;
        _length = length;
    }

    /// <summary><see cref="JsonTokenType.None"/> when the field is absent; a container's start token for an object or array.</summary>
    public JsonTokenType Kind { get; }

    /// <summary>A string's decoded text.</summary>
    public string? Text { get; }

    /// <summary>Absent or null, as a document lookup's <see cref="JsonValueKind.Undefined"/> or <see cref="JsonValueKind.Null"/>.</summary>
    public bool IsAbsent => Kind is JsonTokenType.None or JsonTokenType.Null;

    /// <summary>The value the reader stands on, read to its end (a container is skipped over).</summary>
    public static FieldToken Read(ref Utf8JsonReader reader)
    {
        var start = checked((int)reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                // The raw text keeps its quotes and escapes, as a document's raw text of a string does.
                return new FieldToken(JsonTokenType.String, reader.GetString(), start, reader.ValueSpan.Length + 2);
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                var kind = reader.TokenType;
                reader.Skip();
                return new FieldToken(kind, null, start, checked((int)reader.BytesConsumed) - start);
            default:
                return new FieldToken(reader.TokenType, null, start, reader.ValueSpan.Length);
        }
    }

    /// <summary>The value's text as written in <paramref name="utf8"/> (the bytes the reader read), as a document's raw text.</summary>
    public string RawText(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8.Slice(_start, _length));

    /// <summary>The value's bytes as written.</summary>
    public ReadOnlyMemory<byte> RawUtf8(ReadOnlyMemory<byte> utf8) => utf8.Slice(_start, _length);

    /// <summary>The value as an error names it (<see cref="JsonInput.Describe"/>): a string's text, "nothing", or the raw text cut to 80 characters.</summary>
    public string Describe(ReadOnlySpan<byte> utf8) => Kind switch
    {
        JsonTokenType.String => Text!,
        JsonTokenType.None => "nothing",
        _ => JsonInput.Truncate(RawText(utf8)),
    };
}
