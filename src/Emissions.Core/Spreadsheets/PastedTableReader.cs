namespace Emissions.Spreadsheets;

/// <summary>
/// A table pasted from Excel or a PDF viewer: rows on lines, cells separated by tabs (Excel's clipboard),
/// or — when no line has a tab — the text is read as CSV. Blank lines and cells are dropped, line numbers kept.
/// </summary>
internal static class PastedTableReader
{
    public static SheetGrid Read(string text, string name = "pasted table")
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return CsvSheetReader.Read(text, name);
        }

        var rows = new List<GridRow>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            var cells = new List<GridCell>();
            for (var c = 0; c < fields.Length; c++)
            {
                var cell = fields[c].Trim().Trim('"').Trim();
                if (cell.Length > 0)
                {
                    cells.Add(new GridCell(c, cell));
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new GridRow(i + 1, cells));
            }
        }

        return new SheetGrid(name, name, rows, []);
    }
}
