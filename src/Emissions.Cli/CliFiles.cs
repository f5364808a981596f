using System.Text;
using System.Text.Json;

namespace Emissions.Cli;

/// <summary>Reading an input file, with a one-line error naming the file and what was wrong.</summary>
internal static class CliFiles
{
    /// <summary>The one-line error for an input file that does not exist: "PATH: no such file; expected …".</summary>
    public static CliInputException NoSuchFile(string path) =>
        new($"{path}: no such file; expected the path of an existing file (relative to the current directory, or absolute)");

    public static string ReadText(string path) =>
        File.Exists(path) ? File.ReadAllText(path) : throw NoSuchFile(path);

    /// <summary>A JSON file read by <paramref name="read"/> from its UTF-8 bytes (no document built); not JSON: the one-line error of <see cref="ReadJson(string)"/>.</summary>
    /// <remarks>The bytes are the file's mapped pages when it is large (<see cref="MappedFile"/>), valid only until <paramref name="read"/> returns.</remarks>
    public static T ReadJson<T>(string path, Func<ReadOnlyMemory<byte>, T> read)
    {
        if (!File.Exists(path))
        {
            throw NoSuchFile(path);
        }

        using var mapped = MappedFile.TryOpen(path);
        var bytes = Utf8(mapped?.Memory ?? File.ReadAllBytes(path), path);
        try
        {
            return read(bytes);
        }
        catch (JsonException ex)
        {
            throw NotJson(path, ex);
        }
    }

    /// <summary>
    /// A file's bytes as UTF-8 (the same bytes <see cref="File.ReadAllText(string)"/> and re-encoding would give) handed to
    /// <paramref name="read"/>; a file that cannot be read: the one-line error "'path': expected a readable file (why)".
    /// </summary>
    /// <remarks>
    /// The bytes are the file's mapped pages when it is large (<see cref="MappedFile"/>), valid only until <paramref name="read"/>
    /// returns. Only a file that exists is mapped: a missing path, a directory or an empty one fails in the array read, with
    /// the reason <see cref="File.ReadAllText(string)"/> gives.
    /// </remarks>
    public static T ReadUtf8<T>(string path, Func<ReadOnlyMemory<byte>, T> read)
    {
        MappedFile? mapped = null;
        ReadOnlyMemory<byte> bytes;
        try
        {
            mapped = File.Exists(path) ? MappedFile.TryOpen(path) : null;
            bytes = Utf8(mapped?.Memory ?? File.ReadAllBytes(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            ((IDisposable?)mapped)?.Dispose();
            throw new CliInputException($"'{path}': expected a readable file ({ex.Message})");
        }

        using (mapped)
        {
            return read(bytes);
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

    /// <summary>
    /// The file's <paramref name="bytes"/> as UTF-8, the same bytes <see cref="ReadText"/> and re-encoding would give: a
    /// file that is valid UTF-8 is taken as it is (less its byte order mark), without the decoding to text and encoding
    /// back that cost a tenth of a 100,000-line calculation; a UTF-16 or UTF-32 file, or one with invalid bytes (read
    /// as U+FFFD), goes the long way.
    /// </summary>
    private static ReadOnlyMemory<byte> Utf8(ReadOnlyMemory<byte> bytes, string path)
    {
        var utf8 = bytes;
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }
        else if (utf8.Span.StartsWith(Encoding.Unicode.Preamble) || utf8.Span.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            // UTF-16 or UTF-32 (whose little-endian mark starts as UTF-16's): decoded by its mark.
            return Encoding.UTF8.GetBytes(ReadText(path));
        }

        return System.Text.Unicode.Utf8.IsValid(utf8.Span) ? utf8 : Encoding.UTF8.GetBytes(ReadText(path));
    }

    private static CliInputException NotJson(string path, JsonException ex) =>
        new($"{path}: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}): expected a JSON object as in CONTRACT.md");
}
