using System.Text.Json;
using System.Text;
using Emissions.Inventory;

namespace Emissions.Contract.Checks;

/// <summary>
/// Which field a figure's property is, from its raw UTF-8 name. Every figure of every request is read
/// field by field; comparing the name's bytes once is cheaper than decoding it. A name written with escapes
/// is decoded and compared as text, in the same order.
/// </summary>
internal static class FigureFields
{
    // Most frequent first: every figure has a value and a unit.
    private static readonly (byte[] Utf8, string Name, FigureField Field)[] Names =
    [
        .. new[] { ("value", FigureField.Value), ("unit", FigureField.Unit), ("id", FigureField.Id), ("metric", FigureField.Metric),
            ("qualifier", FigureField.Qualifier), ("period", FigureField.Period), ("site", FigureField.Site), ("label", FigureField.Label) }
            .Select(f => (Encoding.UTF8.GetBytes(f.Item1), f.Item1, f.Item2)),
        .. JsonInput.AnnotationFields.Select(a => (Encoding.UTF8.GetBytes(a), a, FigureField.Annotation)),
    ];

    /// <summary>The field named by the property name <paramref name="reader"/> stands on.</summary>
    public static FigureField Of(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped)
        {
            var decoded = reader.GetString();
            foreach (var (_, name, field) in Names)
            {
                if (string.Equals(decoded, name, StringComparison.Ordinal))
                {
                    return field;
                }
            }

            return FigureField.Unknown;
        }

        var raw = reader.ValueSpan;
        foreach (var (known, _, field) in Names)
        {
            if (raw.SequenceEqual(known))
            {
                return field;
            }
        }

        return FigureField.Unknown;
    }
}
