using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Emissions.Inventory;

namespace Emissions.Core.Tests.Spreadsheets.OpenXmlOracle;

using Emissions.Spreadsheets;

/// <summary>
/// The reader main had before ADR 0030, kept as the oracle the new reader is compared with. Reads every sheet of an XLSX workbook (Open XML SDK) as text cells. A number shows the decimals its
/// number format prints (1.2 formatted "0.00" reads "1.20", 0.25 formatted "0%" reads "25%"), since a
/// figure's precision is what the sheet prints. Formulas are kept as formulas so that the figure reader
/// can refuse them. Anything that is not a workbook, or would cost too much to open, is an
/// <see cref="InputException"/> naming the file.
/// </summary>
internal static class OpenXmlWorkbookReader
{
    public static IReadOnlyList<SheetGrid> Read(Stream stream, string file, SpreadsheetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= SpreadsheetLimits.Default;
        using var copy = new MemoryStream();
        XlsxPackageGuard.Open(stream, copy, file, limits).Dispose(); // the same admission as the reader's; the SDK then opens the copy
        copy.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(copy, false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw XlsxPackageGuard.NotAWorkbook(file, "it has no workbook part");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var formats = NumberFormats(workbook.WorkbookStylesPart?.Stylesheet);
            var grids = new List<SheetGrid>();
            foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
            {
                var name = sheet.Name?.Value ?? $"Sheet{grids.Count + 1}";
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue; // a chart sheet or dialog sheet holds no cells
                }

                grids.Add(ReadSheet(part, file, name, strings, formats));
            }

            return grids;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or FormatException or InvalidOperationException)
        {
            throw XlsxPackageGuard.NotAWorkbook(file, ex.Message);
        }
    }

    private static SheetGrid ReadSheet(WorksheetPart part, string file, string name, List<string> strings, XlsxNumberFormats formats)
    {
        var rows = new List<GridRow>();
        var merged = new List<string>();
        var worksheet = part.Worksheet;
        var lastRow = 0;
        foreach (var row in worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var number = row.RowIndex?.Value is { } index ? (int)index : lastRow + 1;
            lastRow = number;
            var cells = new List<GridCell>();
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnLetters.Parse(cell.CellReference?.Value) ?? position;
                position = column + 1;
                var text = Text(cell, strings, formats);
                var formula = cell.CellFormula?.Text;
                if (text.Length > 0 || formula is not null)
                {
                    cells.Add(new GridCell(column, text, formula is null ? null : "=" + formula));
                }
            }

            if (cells.Count > 0)
            {
                rows.Add(new GridRow(number, cells));
            }
        }

        foreach (var range in worksheet?.GetFirstChild<MergeCells>()?.Elements<MergeCell>() ?? [])
        {
            if (range.Reference?.Value is { } reference)
            {
                merged.Add(reference);
            }
        }

        return new SheetGrid(file, name, rows, merged);
    }

    private static string Text(Cell cell, List<string> strings, XlsxNumberFormats formats)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type is { } t && t.Equals(CellValues.SharedString))
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i].Trim() : "";
        }

        if (type is { } inline && inline.Equals(CellValues.InlineString))
        {
            return (cell.InlineString?.InnerText ?? raw ?? "").Trim();
        }

        if (raw is null)
        {
            return "";
        }

        if (type is null || type.Value.Equals(CellValues.Number))
        {
            return formats.Show(raw, cell.StyleIndex?.Value ?? 0);
        }

        return raw.Trim();
    }

    /// <summary>The number format ids of the cell formats and the workbook's own codes, as the SDK reads styles.xml; what
    /// each prints is the project's rule (<see cref="XlsxNumberFormats"/>), which this oracle does not restate.</summary>
    private static XlsxNumberFormats NumberFormats(Stylesheet? styles) => new(
        styles?.CellFormats?.Elements<CellFormat>().Select(f => f.NumberFormatId?.Value ?? 0) ?? [],
        styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && f.FormatCode?.Value is not null)
            .Select(f => KeyValuePair.Create(f.NumberFormatId!.Value, f.FormatCode!.Value!)) ?? []);
}
