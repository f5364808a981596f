using System.Globalization;
using System.IO.Compression;
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
        CopyBounded(stream, copy, limits.MaxFileBytes, file);
        copy.Position = 0;
        GuardZip(copy, file, limits);
        copy.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(copy, false, new OpenSettings { MaxCharactersInPart = limits.MaxCharactersInPart });
            var workbook = document.WorkbookPart ?? throw NotAWorkbook(file, "it has no workbook part");
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            var formats = new NumberFormats(workbook.WorkbookStylesPart?.Stylesheet);
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
            throw NotAWorkbook(file, ex.Message);
        }
    }

    private static SheetGrid ReadSheet(WorksheetPart part, string file, string name, List<string> strings, NumberFormats formats)
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

    private static string Text(Cell cell, List<string> strings, NumberFormats formats)
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

    private static void CopyBounded(Stream stream, MemoryStream copy, long max, string file)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            copy.Write(buffer, 0, read);
            if (copy.Length > max)
            {
                throw new InputException(file, $"more than {max / (1024 * 1024)} MB", $"a workbook of at most {max / (1024 * 1024)} MB");
            }
        }
    }

    /// <summary>Refuses a zip whose declared sizes inflate too far before any part is parsed.</summary>
    private static void GuardZip(MemoryStream copy, string file, SpreadsheetLimits limits)
    {
        try
        {
            using var zip = new ZipArchive(copy, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                throw new InputException(file, $"{zip.Entries.Count} parts", $"a workbook of at most {limits.MaxEntries} parts");
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxInflatedBytes)
                {
                    throw new InputException(file, $"parts inflating to more than {limits.MaxInflatedBytes / (1024 * 1024)} MB",
                        $"a workbook whose parts inflate to at most {limits.MaxInflatedBytes / (1024 * 1024)} MB (is it a zip bomb?)");
                }

                if (entry.Length > 1024 * 1024 && entry.Length / Math.Max(1, entry.CompressedLength) > limits.MaxCompressionRatio)
                {
                    throw new InputException($"{file} part {entry.FullName}", $"{entry.CompressedLength} bytes inflating to {entry.Length}",
                        $"a part compressed at most {limits.MaxCompressionRatio}:1 (is it a zip bomb?)");
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw NotAWorkbook(file, ex.Message);
        }
    }

    private static InputException NotAWorkbook(string file, string why) =>
        new(file, null, $"an Excel workbook (.xlsx, Office Open XML); could not open it: {why.Split('\n')[0].TrimEnd('.')}");

    /// <summary>The decimals (and percent) each cell style's number format prints.</summary>
    private sealed class NumberFormats
    {
        private readonly List<uint> _styleFormat = [];
        private readonly Dictionary<uint, string> _custom = [];

        public NumberFormats(Stylesheet? styles)
        {
            foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
            {
                _styleFormat.Add(format.NumberFormatId?.Value ?? 0);
            }

            foreach (var format in styles?.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            {
                if (format.NumberFormatId?.Value is { } id && format.FormatCode?.Value is { } code)
                {
                    _custom[id] = code;
                }
            }
        }

        public string Show(string raw, uint style)
        {
            if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return raw.Trim();
            }

            var formatId = style < _styleFormat.Count ? _styleFormat[(int)style] : 0;
            var (decimals, percent) = Shape(formatId);
            if (percent)
            {
                value *= 100m;
            }

            // The sheet prints the value at the format's decimals; General prints the value as stored.
            var shown = decimals is { } d
                ? value.ToString("F" + d.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
                : value.ToString(CultureInfo.InvariantCulture);
            return percent ? shown + "%" : shown;
        }

        private (int? Decimals, bool Percent) Shape(uint id) => id switch
        {
            1 or 3 or 37 or 38 => (0, false),
            2 or 4 or 39 or 40 => (2, false),
            9 => (0, true),
            10 => (2, true),
            _ when _custom.TryGetValue(id, out var code) => FromCode(code),
            _ => (null, false),
        };

        private static (int? Decimals, bool Percent) FromCode(string code)
        {
            var section = code.Split(';')[0];
            var plain = new System.Text.StringBuilder();
            var quoted = false;
            foreach (var c in section)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (!quoted)
                {
                    plain.Append(c);
                }
            }

            var text = plain.ToString();
            if (!text.Contains('0', StringComparison.Ordinal) && !text.Contains('#', StringComparison.Ordinal))
            {
                return (null, false);
            }

            var point = text.IndexOf('.', StringComparison.Ordinal);
            var decimals = point < 0 ? 0 : text[(point + 1)..].TakeWhile(c => c is '0' or '#').Count();
            return (decimals, text.Contains('%', StringComparison.Ordinal));
        }
    }
}
