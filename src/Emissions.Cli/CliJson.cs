using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Emissions.Cli;

/// <summary>JSON output: camelCase, indented unless asked compact, nulls left out, Chinese written as-is rather than \u-escaped; types from <see cref="CliJsonContext"/>.</summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: true);

    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    public static void Write<T>(TextWriter writer, T value, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var options = indented ? Options : Compact;
        var type = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        if (writer is StreamWriter { BaseStream: { } stream })
        {
            // The process's buffered standard output: UTF-8 goes straight to its buffer, not decoded to text and encoded back.
            writer.Flush();
            JsonSerializer.Serialize(stream, value, type);
        }
        else
        {
            using var decoded = new TextWriterStream(writer);
            JsonSerializer.Serialize(decoded, value, type);
        }

        writer.WriteLine();
    }

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
    };
}
