using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// The unit symbols of one answer encoded as JSON text for its writer's encoder: the same bytes the writer would produce
/// from the string, worked out once per symbol and answer. A report's few units ("兆瓦時") are written several times per
/// check; each is found here by reference first (the symbols are the units' own strings), with no thread-static table and
/// no hashing. Bounded: past <see cref="Capacity"/> symbols, the rest are left to the writer.
/// </summary>
internal sealed class UnitTexts(JavaScriptEncoder? encoder)
{
    private const int Capacity = 16;

    private readonly string[] _units = new string[Capacity];

    private readonly JsonEncodedText[] _texts = new JsonEncodedText[Capacity];

    private int _count;

    /// <summary>The symbol as JSON text, or <see langword="null"/> once the table is full and the symbol is not in it.</summary>
    public JsonEncodedText? For(string unit)
    {
        for (var i = 0; i < _count; i++)
        {
            if (ReferenceEquals(_units[i], unit))
            {
                return _texts[i];
            }
        }

        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_units[i], unit, StringComparison.Ordinal))
            {
                return _texts[i];
            }
        }

        if (_count == Capacity)
        {
            return null;
        }

        _units[_count] = unit;
        return _texts[_count++] = JsonEncodedText.Encode(unit, encoder);
    }
}
