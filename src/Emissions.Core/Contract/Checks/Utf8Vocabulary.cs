using System.Text;

namespace Emissions.Contract.Checks;

/// <summary>
/// The strings a request repeats from figure to figure and from request to request (units, metric ids, qualifiers,
/// periods, sites), kept per thread by their UTF-8 bytes: a token read before gives back the string made then, instead
/// of a new one transcoded from the same bytes. Strings are immutable, so sharing one changes nothing a reader sees.
/// Ids, labels and values are not kept (they differ from request to request). One slot per hash of the bytes; a new
/// string replaces the slot's old one; tokens longer than <see cref="MaxLength"/> bytes are transcoded each time (escaped
/// ones are decoded by the caller).
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

    /// <summary>The text of a string's unescaped UTF-8 bytes (valid UTF-8), the kept string when these bytes were read before.</summary>
    public string GetString(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxLength)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var slot = Slot(bytes);
        if (_bytes[slot] is { } known && bytes.SequenceEqual(known))
        {
            return _strings[slot]!;
        }

        var text = Encoding.UTF8.GetString(bytes);
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
