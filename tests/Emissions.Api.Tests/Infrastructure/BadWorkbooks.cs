using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// Workbooks as people send them by mistake, built with the Open XML SDK: one sheet of text cells ("=…" a formula
/// with a cached value), optionally with merged cells or 100,000 empty rows; and a zip bomb.
/// </summary>
public static class BadWorkbooks
{
    public static byte[] Sheet(string name, string?[][] rows, string? merged = null, int emptyRowsBefore = 0, string?[][]? inventory = null)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var number = 1u;
            for (var r = 0; r < rows.Length; r++)
            {
                if (r == 1)
                {
                    // Rows Excel keeps after a deletion or a format painted down the sheet: present, empty.
                    for (var e = 0; e < emptyRowsBefore; e++)
                    {
                        data.Append(new Row { RowIndex = number++ });
                    }
                }

                var row = new Row { RowIndex = number };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is not { } text)
                    {
                        continue;
                    }

                    var reference = $"{(char)('A' + c)}{number}";
                    row.Append(text.StartsWith('=')
                        ? new Cell { CellReference = reference, CellFormula = new CellFormula(text[1..]), CellValue = new CellValue("0") }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
                }

                data.Append(row);
                number++;
            }

            part.Worksheet = new Worksheet(data);
            if (merged is not null)
            {
                part.Worksheet.Append(new MergeCells(new MergeCell { Reference = merged }));
            }

            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = name });
            if (inventory is not null)
            {
                var settings = workbook.AddNewPart<WorksheetPart>();
                settings.Worksheet = new Worksheet(new SheetData(inventory.Select((r, i) => new Row(r.Select((text, c) =>
                    new Cell { CellReference = $"{(char)('A' + c)}{i + 1}", DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text ?? "")) }))
                { RowIndex = (uint)(i + 1) })));
                sheets.Append(new Sheet { Id = workbook.GetIdOfPart(settings), SheetId = 2, Name = "Inventory" });
            }
        }

        return stream.ToArray();
    }

    /// <summary>A few kilobytes that declare a 16 MB worksheet of zeros.</summary>
    public static byte[] ZipBomb()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(new byte[16 * 1024 * 1024]);
        }

        return bomb.ToArray();
    }
}
