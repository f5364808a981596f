using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// Unit symbols encoded as JSON text for one encoder, per thread: the same bytes the writer would produce from the
/// string, worked out once. Bounded (a request's units come from its figures): past <see cref="Capacity"/> symbols the
/// table starts again.
/// </summary>
/// <remarks>
/// An answer writes a unit four to six times per check, mostly the same few string instances (a figure's unit, read
/// once per request), so the string itself is looked for first in a small table indexed by its identity hash: a hashed
/// look-up of the symbol's text cost ~280 instructions a unit, and every unit of Kuaishou 2020's answer ~630 in all.
/// </remarks>
internal static class UnitTexts
{
    private const int Capacity = 256;

    /// <summary>String instances compared per look-up.</summary>
    private const int Ways = 4;

    /// <summary>Sets of <see cref="Ways"/> instances: 64 in all.</summary>
    private const int Sets = 16;

    [ThreadStatic]
    private static Table? t_table;

    public static JsonEncodedText For(JavaScriptEncoder? encoder, string unit)
    {
        var table = t_table;
        if (table is null || !ReferenceEquals(table.Encoder, encoder))
        {
            table = t_table = new Table(encoder);
        }

        return table.Find(unit);
    }

    /// <remarks>
    /// Sets of <see cref="Ways"/> instances, not one slot per identity hash: with 64 single slots, two of an answer's
    /// few unit instances that met in a slot took it in turn, each time paying the text look-up (which pairs met
    /// depended on the process: wide-500's answer spent 227–621 k instructions here from one process to another).
    /// </remarks>
    private sealed class Table(JavaScriptEncoder? encoder)
    {
        // Entry i of set s is at s * Ways + i; a set fills from its first entry.
        private readonly string?[] _strings = new string?[Sets * Ways];
        private readonly JsonEncodedText[] _stringTexts = new JsonEncodedText[Sets * Ways];

        // The entry of each full set that the next new instance replaces (in turn).
        private readonly byte[] _replaced = new byte[Sets];
        private readonly Dictionary<string, JsonEncodedText> _all = new(StringComparer.Ordinal);

        public JavaScriptEncoder? Encoder { get; } = encoder;

        public JsonEncodedText Find(string unit)
        {
            var set = RuntimeHelpers.GetHashCode(unit) & (Sets - 1);
            var first = set * Ways;
            var entry = first;
            for (; entry < first + Ways; entry++)
            {
                var known = _strings[entry];
                if (ReferenceEquals(known, unit))
                {
                    return _stringTexts[entry];
                }

                if (known is null)
                {
                    break;
                }
            }

            if (!_all.TryGetValue(unit, out var text))
            {
                if (_all.Count >= Capacity)
                {
                    _all.Clear();
                }

                text = JsonEncodedText.Encode(unit, Encoder);
                _all[unit] = text;
            }

            if (entry == first + Ways)
            {
                entry = first + _replaced[set];
                _replaced[set] = (byte)((_replaced[set] + 1) % Ways);
            }

            _strings[entry] = unit;
            _stringTexts[entry] = text;
            return text;
        }
    }
}
