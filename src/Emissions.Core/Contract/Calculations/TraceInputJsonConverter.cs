using System.Text.Json;
using System.Text.Json.Serialization;
using Emissions.Calculation;

namespace Emissions.Contract.Calculations;

/// <summary>
/// A trace input written as the serialiser writes the record (<c>{"field":…,"value":…,"unit":…}</c>, the same bytes),
/// its value formatted straight into the writer instead of into a string per input: a summary answer lists every
/// input line once, 100,000 of them for a year of meter readings. Writing only; answers are never read back through it.
/// </summary>
internal sealed class TraceInputJsonConverter : JsonConverter<TraceInput>
{
    public override TraceInput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("trace inputs are written, not read");

    public override void Write(Utf8JsonWriter writer, TraceInput value, JsonSerializerOptions options) =>
        TraceInputListJsonConverter.Write(writer, value.Field, value.Measured);
}
