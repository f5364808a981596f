using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Emissions.Contract.Calculations;

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
            Serialize(stream, value, type, options);
        }
        else
        {
            using var decoded = new TextWriterStream(writer);
            Serialize(decoded, value, type, options);
        }

        writer.WriteLine();
    }

    /// <summary>
    /// The serialiser's bytes through a writer over <paramref name="stream"/> (the serialiser's own writer options),
    /// so that a converter writing a long list in one go (every line of a 100,000-line answer) can flush it as it
    /// goes, instead of the whole answer collecting in the serialiser's buffer. The writer writes into a
    /// <see cref="StreamBufferWriter"/>, which passes full buffers to the stream.
    /// </summary>
    private static void Serialize<T>(Stream stream, T value, JsonTypeInfo<T> type, JsonSerializerOptions options)
    {
        var output = new StreamBufferWriter(stream);
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Encoder = options.Encoder,
            Indented = options.WriteIndented,
            IndentCharacter = options.IndentCharacter,
            IndentSize = options.IndentSize,
            NewLine = options.NewLine,
            MaxDepth = options.MaxDepth,
            SkipValidation = true,
        }))
        {
            JsonSerializer.Serialize(json, value, type);
            json.Flush();
        }

        output.Drain();
        stream.Flush();
    }

    private static JsonSerializerOptions Create(bool indented) => new(JsonSerializerDefaults.Web)
    {
        WriteIndented = indented,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = CliJsonContext.Default,
        // The context's own converters apply only to its own options: these write trace inputs and the lines of a
        // summary answer straight from the inventory (the same bytes as without them).
        Converters = { new TraceInputJsonConverter(), new TraceInputListJsonConverter() },
    };
}
