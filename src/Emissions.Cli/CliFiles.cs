using System.Text.Json;

namespace Emissions.Cli;

/// <summary>Reading an input file, with a one-line error naming the file and what was wrong.</summary>
internal static class CliFiles
{
    public static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliInputException($"{path}: no such file");

    /// <summary>A JSON file read by <paramref name="read"/> from its UTF-8 bytes (no document built); not JSON: the one-line error of <see cref="ReadJson(string)"/>.</summary>
    public static T ReadJson<T>(string path, Func<ReadOnlyMemory<byte>, T> read)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(ReadText(path));
        try
        {
            return read(bytes);
        }
        catch (JsonException ex)
        {
            throw NotJson(path, ex);
        }
    }

    public static JsonDocument ReadJson(string path)
    {
        var text = ReadText(path);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw NotJson(path, ex);
        }
    }

    private static CliInputException NotJson(string path, JsonException ex) =>
        new($"{path}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): expected a JSON object as in CONTRACT.md");
}
