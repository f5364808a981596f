using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>A CSV (RFC 4180, as <see cref="CsvCheckReader.Records"/> splits it) as a one-sheet grid: blank lines and blank cells dropped, line numbers kept.</summary>
internal static class CsvSheetReader
{
    public static SheetGrid Read(string csv, string file)
    {
        var rows = new List<GridRow>();
        foreach (var (line, fields) in CsvCheckReader.Records(csv, file))
        {
            var cells = new List<GridCell>();
            for (var i = 0; i < fields.Count; i++)
            {
                var text = fields[i].Trim();
                if (text.Length > 0)
                {
                    cells.Add(new GridCell(i, text));
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new GridRow(line, cells));
            }
        }

        return new SheetGrid(file, file, rows, []);
    }
}
