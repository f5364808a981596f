using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// Which field a figure's property is, from its raw UTF-8 name. Every figure of every request is read
/// field by field; comparing the name's bytes once is cheaper than asking the document to compare it
/// with each candidate in turn. A name written with escapes is decoded by the document as before.
/// </summary>
internal static class FigureFields
{
    // Most frequent first: every figure has a value and a unit.
    private static readonly (byte[] Name, FigureField Field)[] Names =
    [
        .. new[] { ("value", FigureField.Value), ("unit", FigureField.Unit), ("id", FigureField.Id), ("metric", FigureField.Metric),
            ("qualifier", FigureField.Qualifier), ("period", FigureField.Period), ("site", FigureField.Site), ("label", FigureField.Label) }
            .Select(f => (Encoding.UTF8.GetBytes(f.Item1), f.Item2)),
        .. JsonInput.AnnotationFields.Select(a => (Encoding.UTF8.GetBytes(a), FigureField.Annotation)),
    ];

    public static FigureField Of(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        var escaped = name.Contains((byte)'\\');
        foreach (var (known, field) in Names)
        {
            if (escaped ? property.NameEquals(known) : name.SequenceEqual(known))
            {
                return field;
            }
        }

        return FigureField.Unknown;
    }
}
