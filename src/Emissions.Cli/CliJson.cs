using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Emissions.Cli;

/// <summary>JSON output: camelCase, indented, nulls left out, Chinese written as-is rather than \u-escaped.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write<T>(TextWriter writer, T value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        using (var stream = new TextWriterStream(writer))
        {
            JsonSerializer.Serialize(stream, value, Options);
        }

        writer.WriteLine();
    }
}
