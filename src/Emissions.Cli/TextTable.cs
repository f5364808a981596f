using System.Globalization;
using Wcwidth;

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

    /// <summary>
    /// Terminal columns, as Wcwidth counts them: East Asian wide characters (CJK, full-width forms, emoji) take two,
    /// combining marks none; a control character (never meant to be in a cell) counts none rather than Wcwidth's −1.
    /// </summary>
    internal static int Width(string text) =>
        text.EnumerateRunes().Sum(r => Math.Max(0, UnicodeCalculator.GetWidth(r.Value)));

    public static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
