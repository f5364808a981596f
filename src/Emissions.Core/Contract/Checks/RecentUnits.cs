using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// The last few unit strings one answer wrote and their JSON text (<see cref="UnitTexts"/>), found by the strings'
/// identity alone: a check writes its figure's unit in its reported and recomputed views, and its operands' few units in
/// its implied values, mostly the same instances one after another. The thread's table behind it cost ~130 instructions
/// a unit (its thread-static table, the string's identity hash and the set's search) for text it had already made.
/// </summary>
/// <remarks>A struct on the writing call's stack, for one writer's encoder: nothing is kept between answers.</remarks>
internal struct RecentUnits(JavaScriptEncoder? encoder)
{
    private const int Size = 4;

    private Strings _strings;
    private Texts _texts;

    // The entry the next new string replaces (in turn).
    private int _next;

    public JsonEncodedText For(string unit)
    {
        for (var i = 0; i < Size; i++)
        {
            if (ReferenceEquals(_strings[i], unit))
            {
                return _texts[i];
            }
        }

        var text = UnitTexts.For(encoder, unit);
        _strings[_next] = unit;
        _texts[_next] = text;
        _next = (_next + 1) % Size;
        return text;
    }

    [InlineArray(Size)]
    private struct Strings
    {
        private string? _first;
    }

    [InlineArray(Size)]
    private struct Texts
    {
        private JsonEncodedText _first;
    }
}
