using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// The strings a request repeats from figure to figure and from request to request (units, metric ids, qualifiers,
/// periods, sites), kept per thread by their UTF-8 bytes: a token read before gives back the string made then, instead
/// of a new one transcoded from the same bytes. Strings are immutable, so sharing one changes nothing a reader sees.
/// Ids, labels and values are not kept (they differ from request to request). One slot per hash of the bytes; a new
/// string replaces the slot's old one; tokens longer than <see cref="MaxLength"/> bytes or escaped are read as before.
/// </summary>
internal sealed class Utf8Vocabulary
{
    private const int MaxLength = 48;
    private const int Slots = 256;

    [ThreadStatic]
    private static Utf8Vocabulary? t_current;

    private readonly byte[]?[] _bytes = new byte[Slots][];
    private readonly string?[] _strings = new string[Slots];

    /// <summary>This thread's vocabulary.</summary>
    public static Utf8Vocabulary Current => t_current ??= new Utf8Vocabulary();

    /// <summary>The string token's text (as <see cref="Utf8JsonReader.GetString"/> gives it), the kept one when these bytes were read before.</summary>
    public string? GetString(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxLength)
        {
            return reader.GetString();
        }

        var bytes = reader.ValueSpan;
        var slot = Slot(bytes);
        if (_bytes[slot] is { } known && bytes.SequenceEqual(known))
        {
            return _strings[slot];
        }

        // The reader's own transcoding (and its refusal of invalid UTF-8) makes the string the first time.
        var text = reader.GetString();
        _bytes[slot] = bytes.ToArray();
        _strings[slot] = text;
        return text;
    }

    // The runtime's hash of the bytes, folded to a slot.
    private static int Slot(ReadOnlySpan<byte> bytes)
    {
        var hash = default(HashCode);
        hash.AddBytes(bytes);
        return hash.ToHashCode() & (Slots - 1);
    }
}
