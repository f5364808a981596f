using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Emissions.Inventory;

namespace Emissions.Verification;

/// <summary>The fields of a CONTRACT figure, and the annotations any object may carry.</summary>
internal enum FigureField
{
    Unknown,
    Id,
    Metric,
    Value,
    Unit,
    Qualifier,
    Period,
    Site,
    Label,
    Annotation,
}

/// <summary>
/// Which field a figure's property is, from its raw UTF-8 name. Every figure of every request is read
/// field by field; comparing the name's bytes once is cheaper than asking the document to compare it
/// with each candidate in turn. A name written with escapes is decoded by the document as before.
/// </summary>
internal static class FigureFields
{
    private static readonly byte[][] AnnotationNames = [.. JsonInput.AnnotationFields.Select(Encoding.UTF8.GetBytes)];

    public static FigureField Of(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        return name.Contains((byte)'\\') ? OfEscaped(property) : Of(name);
    }

    private static FigureField Of(ReadOnlySpan<byte> name)
    {
        if (name.SequenceEqual("value"u8))
        {
            return FigureField.Value;
        }

        if (name.SequenceEqual("unit"u8))
        {
            return FigureField.Unit;
        }

        if (name.SequenceEqual("id"u8))
        {
            return FigureField.Id;
        }

        if (name.SequenceEqual("metric"u8))
        {
            return FigureField.Metric;
        }

        if (name.SequenceEqual("qualifier"u8))
        {
            return FigureField.Qualifier;
        }

        if (name.SequenceEqual("period"u8))
        {
            return FigureField.Period;
        }

        if (name.SequenceEqual("site"u8))
        {
            return FigureField.Site;
        }

        if (name.SequenceEqual("label"u8))
        {
            return FigureField.Label;
        }

        foreach (var annotation in AnnotationNames)
        {
            if (name.SequenceEqual(annotation))
            {
                return FigureField.Annotation;
            }
        }

        return FigureField.Unknown;
    }

    private static FigureField OfEscaped(JsonProperty property) =>
        property.NameEquals("value"u8) ? FigureField.Value
        : property.NameEquals("unit"u8) ? FigureField.Unit
        : property.NameEquals("id"u8) ? FigureField.Id
        : property.NameEquals("metric"u8) ? FigureField.Metric
        : property.NameEquals("qualifier"u8) ? FigureField.Qualifier
        : property.NameEquals("period"u8) ? FigureField.Period
        : property.NameEquals("site"u8) ? FigureField.Site
        : property.NameEquals("label"u8) ? FigureField.Label
        : FieldNames.Annotations.Contains(property) ? FigureField.Annotation
        : FigureField.Unknown;
}
