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

    private const int Slots = 64;

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
        private readonly string?[] _strings = new string?[Slots];
        private readonly JsonEncodedText[] _stringTexts = new JsonEncodedText[Slots];
        private readonly Dictionary<string, JsonEncodedText> _all = new(StringComparer.Ordinal);

        public JavaScriptEncoder? Encoder { get; } = encoder;

        public JsonEncodedText Find(string unit)
        {
            var slot = RuntimeHelpers.GetHashCode(unit) & (Slots - 1);
            if (ReferenceEquals(_strings[slot], unit))
            {
                return _stringTexts[slot];
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

            _strings[slot] = unit;
            _stringTexts[slot] = text;
            return text;
        }
    }
}
