using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Calculation;
using Emissions.Quantities;

namespace Emissions.Contract.Calculations;

/// <summary>
/// A trace input written as the serialiser writes the record (<c>{"field":…,"value":…,"unit":…}</c>, the same bytes),
/// its value formatted straight into the writer instead of into a string per input: a summary answer lists every
/// input line once, 100,000 of them for a year of meter readings. Writing only; answers are never read back through it.
/// </summary>
internal sealed class TraceInputJsonConverter : JsonConverter<TraceInput>
{
    private static readonly JsonEncodedText FieldName = JsonEncodedText.Encode("field");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");

    public override TraceInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("trace inputs are written, not read");

    public override void Write(Utf8JsonWriter writer, TraceInput value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString(FieldName, value.Field);
        Span<char> text = stackalloc char[DecimalText.ShortExactLength];
        if (DecimalText.TryFormatShortExact(value.Measured.Value, text, out var written))
        {
            writer.WriteString(ValueName, text[..written]);
        }
        else
        {
            writer.WriteString(ValueName, value.Value);
        }

        writer.WriteString(UnitName, value.Unit);
        writer.WriteEndObject();
    }
}
