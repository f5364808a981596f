using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// Unit symbols encoded as JSON text for one encoder, per thread: the same bytes the writer would produce from the
/// string, worked out once. Bounded (a request's units come from its figures): past <see cref="Capacity"/> symbols the
/// table starts again.
/// </summary>
/// <remarks>
/// An answer writes a unit four to six times per check from a handful of symbols, so the last <see cref="Recent"/>
/// symbols are looked for first, by reference or text, in a small array: a hashed look-up of the symbol and two
/// thread-static reads cost ~630 instructions a unit (Kuaishou 2020: ~28 k of a request's ~1.6 M).
/// </remarks>
internal static class UnitTexts
{
    private const int Capacity = 256;

    private const int Recent = 8;

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

    private sealed class Table(JavaScriptEncoder? encoder)
    {
        private readonly string?[] _recent = new string?[Recent];
        private readonly JsonEncodedText[] _recentTexts = new JsonEncodedText[Recent];
        private readonly Dictionary<string, JsonEncodedText> _all = new(StringComparer.Ordinal);
        private int _next;

        public JavaScriptEncoder? Encoder { get; } = encoder;

        public JsonEncodedText Find(string unit)
        {
            var recent = _recent;
            for (var i = 0; i < recent.Length; i++)
            {
                if (string.Equals(recent[i], unit, StringComparison.Ordinal))
                {
                    return _recentTexts[i];
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

            recent[_next] = unit;
            _recentTexts[_next] = text;
            _next = (_next + 1) % Recent;
            return text;
        }
    }
}
