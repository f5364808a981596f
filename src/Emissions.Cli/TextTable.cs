using System.Globalization;

namespace Emissions.Cli;

/// <summary>Left-aligned columns separated by two spaces, with a header row; "-" stands for an empty cell.</summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int Count => _rows.Count;

    public void Add(params string?[] cells) =>
        _rows.Add([.. cells.Select(c => string.IsNullOrEmpty(c) ? "-" : c)]);

    public void WriteTo(TextWriter writer)
    {
        var widths = headers.Select((h, i) => _rows.Select(r => Width(r[i])).Prepend(Width(h)).Max()).ToArray();
        Write(writer, headers, widths);
        foreach (var row in _rows)
        {
            Write(writer, row, widths);
        }
    }

    private static void Write(TextWriter writer, string[] cells, int[] widths)
    {
        var parts = cells.Select((c, i) => i == cells.Length - 1 ? c : c + new string(' ', widths[i] - Width(c)));
        writer.WriteLine(string.Join("  ", parts).TrimEnd());
    }

    /// <summary>Terminal columns: East Asian wide characters (CJK, full-width forms) take two.</summary>
    private static int Width(string text) =>
        text.EnumerateRunes().Sum(r => IsWide(r.Value) ? 2 : 1);

    private static bool IsWide(int codePoint) =>
        codePoint is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or
            (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6);

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
