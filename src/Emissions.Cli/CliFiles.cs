using System.Text.Json;

namespace Emissions.Cli;

/// <summary>Reading an input file, with a one-line error naming the file and what was wrong.</summary>
internal static class CliFiles
{
    public static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw new CliInputException($"{path}: no such file");

    public static JsonDocument ReadJson(string path)
    {
        var text = ReadText(path);
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            throw new CliInputException($"{path}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): expected a JSON object as in CONTRACT.md");
        }
    }
}
