using System.Text.Encodings.Web;
using System.Text.Json;

namespace Emissions.Contract.Checks;

/// <summary>
/// The last four unit strings one answer wrote and their JSON text (<see cref="UnitTexts"/>), found by the strings'
/// identity alone: a check writes its figure's unit in its reported and recomputed views, and its operands' few units in
/// its implied values, mostly the same instances one after another. The thread's table behind it cost ~130 instructions
/// a unit (its thread-static table, the string's identity hash and the set's search) for text it had already made.
/// </summary>
/// <remarks>
/// A struct on the writing call's stack, for one writer's encoder: nothing is kept between answers. Four named places,
/// the newest first (a new string moves the others down), not an array: the newest is nearly always the one asked for.
/// </remarks>
internal struct RecentUnits(JavaScriptEncoder? encoder)
{
    private string? _unit0;
    private string? _unit1;
    private string? _unit2;
    private string? _unit3;
    private JsonEncodedText _text0;
    private JsonEncodedText _text1;
    private JsonEncodedText _text2;
    private JsonEncodedText _text3;

    public JsonEncodedText For(string unit)
    {
        if (ReferenceEquals(unit, _unit0))
        {
            return _text0;
        }

        if (ReferenceEquals(unit, _unit1))
        {
            return _text1;
        }

        if (ReferenceEquals(unit, _unit2))
        {
            return _text2;
        }

        return ReferenceEquals(unit, _unit3) ? _text3 : Add(unit);
    }

    private JsonEncodedText Add(string unit)
    {
        var text = UnitTexts.For(encoder, unit);
        (_unit3, _text3) = (_unit2, _text2);
        (_unit2, _text2) = (_unit1, _text1);
        (_unit1, _text1) = (_unit0, _text0);
        (_unit0, _text0) = (unit, text);
        return text;
    }
}
