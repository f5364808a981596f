using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Emissions.Core.Tests.Spreadsheets;

/// <summary>
/// Workbooks built in the test with the Open XML SDK, as Excel saves them: text as shared-string-free
/// inline strings, numbers as numeric cells under a built-in number format (#,##0 for integers,
/// #,##0.00 for two decimals, General otherwise), "=…" as a formula with a cached value.
/// </summary>
internal static class TestWorkbook
{
    public static MemoryStream Create(params (string Name, object?[][] Rows)[] sheets) => Create(null, sheets);

    public static MemoryStream Create(Action<Worksheet>? tweakFirst, params (string Name, object?[][] Rows)[] sheets)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill(), new Fill()), new Borders(new Border()), new CellStyleFormats(new CellFormat()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 3, ApplyNumberFormat = true }, new CellFormat { NumberFormatId = 4, ApplyNumberFormat = true }));
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (CellOf(rows[r][c]) is { } cell)
                        {
                            cell.CellReference = $"{(char)('A' + c)}{r + 1}";
                            row.Append(cell);
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                if (id == 1)
                {
                    tweakFirst?.Invoke(part.Worksheet);
                }

                list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static Cell? CellOf(object? value) => value switch
    {
        null => null,
        decimal number => new Cell
        {
            CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)),
            StyleIndex = number.Scale switch { 0 => 1u, 2 => 2u, _ => 0u },
        },
        string text when text.StartsWith('=') => new Cell { CellFormula = new CellFormula(text[1..]), CellValue = new CellValue("0") },
        string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) },
        _ => throw new ArgumentException("a test cell is a string or a decimal", nameof(value)),
    };
}
