using System.IO.Hashing;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// The strings a request repeats from figure to figure and from request to request (units, metric ids, qualifiers,
/// periods, sites), kept per thread by their UTF-8 bytes: a token read before gives back the string made then, instead
/// of a new one transcoded from the same bytes. Strings are immutable, so sharing one changes nothing a reader sees, and
/// a token is given a kept string only when its bytes equal the bytes that string was made from.
/// Ids, labels and values are not kept (they differ from request to request). Tokens longer than
/// <see cref="MaxLength"/> bytes or escaped are read as before.
/// </summary>
/// <remarks>
/// A set of <see cref="Ways"/> entries per hash, not one slot: with one slot per hash (256 of them) two tokens that
/// met in a slot took it in turn. wide-500's 107 tokens (100 sites, 5 metrics, 2 units) met in ~20 slots, so that
/// 40–240 of its 1,500 tokens a request were made again (which way fell depended on the process's random hash seed),
/// and a remade unit or metric was also a new instance to <see cref="FigureMeanings"/>, which then found its metric and
/// parsed its unit again (bench/RESULTS-verification.md, 2026-12-07, read13). The hash is XxHash3's, with no random
/// seed: the same tokens take the same sets in every process. A set that fills (a request of more than a few hundred
/// distinct tokens, or tokens made to share a hash) replaces its entries in turn: at most <see cref="Ways"/> entries
/// are compared per token, whatever the request.
/// </remarks>
internal sealed class Utf8Vocabulary
{
    private const int MaxLength = 48;

    /// <summary>Entries compared per token.</summary>
    private const int Ways = 8;

    /// <summary>Sets of <see cref="Ways"/> entries: 1,024 tokens in all.</summary>
    private const int SetBits = 7;

    [ThreadStatic]
    private static Utf8Vocabulary? t_current;

    // Entry i of set s is at s * Ways + i; a set's entries fill from its first, so the first empty one ends a search.
    private readonly ulong[] _hashes = new ulong[Ways << SetBits];
    private readonly byte[]?[] _bytes = new byte[Ways << SetBits][];
    private readonly string?[] _strings = new string[Ways << SetBits];

    // The entry of each full set that the next new token replaces (in turn).
    private readonly byte[] _replaced = new byte[1 << SetBits];

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
        var hash = XxHash3.HashToUInt64(bytes);
        var set = (int)(hash >> (64 - SetBits));
        var first = set * Ways;
        var entry = first;
        for (; entry < first + Ways; entry++)
        {
            if (_bytes[entry] is not { } known)
            {
                break; // an empty entry: the token is not in its set, and goes here
            }

            if (_hashes[entry] == hash && bytes.SequenceEqual(known))
            {
                return _strings[entry];
            }
        }

        if (entry == first + Ways)
        {
            entry = first + _replaced[set];
            _replaced[set] = (byte)((_replaced[set] + 1) % Ways);
        }

        // The reader's own transcoding (and its refusal of invalid UTF-8) makes the string the first time.
        var text = reader.GetString();
        _hashes[entry] = hash;
        _bytes[entry] = bytes.ToArray();
        _strings[entry] = text;
        return text;
    }
}
