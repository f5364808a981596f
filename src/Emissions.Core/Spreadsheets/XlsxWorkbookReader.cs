using System.Globalization;
using System.Xml;
using Emissions.Inventory;

namespace Emissions.Spreadsheets;

/// <summary>
/// Reads every sheet of an XLSX workbook as text cells (ADR 0030: the framework's ZipArchive and XmlReader
/// over the parts; before it, the Open XML SDK, whose reading the tests keep as the oracle). A number shows
/// the decimals its number format prints (1.2 formatted "0.00" reads "1.20", 0.25 formatted "0%" reads
/// "25%"), since a figure's precision is what the sheet prints. Formulas are kept as formulas so that the
/// figure reader can refuse them. Anything that is not a workbook, or would cost too much to open, is an
/// <see cref="InputException"/> naming the file.
/// </summary>
internal static class XlsxWorkbookReader
{
    public static IReadOnlyList<SheetGrid> Read(Stream stream, string file, SpreadsheetLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        limits ??= SpreadsheetLimits.Default;
        using var copy = new MemoryStream();
        using var zip = XlsxPackageGuard.Open(stream, copy, file, limits);
        try
        {
            var package = new XlsxPackage(zip, limits.MaxCharactersInPart);
            if (!package.Has("[Content_Types].xml"))
            {
                throw XlsxPackageGuard.NotAWorkbook(file, "it has no [Content_Types].xml part");
            }

            var main = package.Relationships("").FirstOrDefault(r => r.Type == "officeDocument");
            if (main.Part is null || !package.Has(main.Part))
            {
                throw XlsxPackageGuard.NotAWorkbook(file, "it has no workbook part");
            }

            var parts = package.Relationships(main.Part);
            var strings = Part(package, parts, "sharedStrings") is { } sharedStrings ? SharedStrings(package, sharedStrings) : [];
            XlsxNumberFormats formats;
            using (var styles = Part(package, parts, "styles") is { } stylesPart ? package.Open(stylesPart) : null)
            {
                formats = new XlsxNumberFormats(styles);
            }

            var grids = new List<SheetGrid>();
            foreach (var (name, id) in Sheets(package, main.Part))
            {
                var sheetName = name ?? $"Sheet{grids.Count + 1}";
                if (id is null || parts.FirstOrDefault(r => r.Id == id) is not { Part: not null } target || target.Type != "worksheet" || !package.Has(target.Part))
                {
                    continue; // a chart sheet or dialog sheet holds no cells
                }

                grids.Add(ReadSheet(package, target.Part, file, sheetName, strings, formats));
            }

            return grids;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException or FormatException or InvalidOperationException)
        {
            throw XlsxPackageGuard.NotAWorkbook(file, ex.Message);
        }
    }

    private static string? Part(XlsxPackage package, List<(string Id, string Type, string Part)> parts, string type) =>
        parts.FirstOrDefault(r => r.Type == type) is { Part: not null } found && package.Has(found.Part) ? found.Part : null;

    /// <summary>The sheets in workbook order: name and relationship id.</summary>
    private static List<(string? Name, string? Id)> Sheets(XlsxPackage package, string workbook)
    {
        var sheets = new List<(string?, string?)>();
        using var xml = package.Open(workbook);
        xml.MoveToContent();
        XlsxXml.Children(xml, section =>
        {
            if (section.LocalName != "sheets")
            {
                section.Skip();
                return;
            }

            XlsxXml.Children(section, sheet =>
            {
                if (sheet.LocalName == "sheet")
                {
                    sheets.Add((sheet.GetAttribute("name"), RelationshipId(sheet)));
                }

                sheet.Skip();
            });
        });
        return sheets;
    }

    /// <summary>r:id in the transitional or the strict relationships namespace.</summary>
    private static string? RelationshipId(XmlReader sheet) =>
        sheet.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships")
        ?? sheet.GetAttribute("id", "http://purl.oclc.org/ooxml/officeDocument/relationships");

    private static List<string> SharedStrings(XlsxPackage package, string part)
    {
        var strings = new List<string>();
        using var xml = package.Open(part);
        xml.MoveToContent();
        XlsxXml.Children(xml, item =>
        {
            if (item.LocalName == "si")
            {
                strings.Add(XlsxXml.RichText(item));
            }
            else
            {
                item.Skip();
            }
        });
        return strings;
    }

    private static SheetGrid ReadSheet(XlsxPackage package, string part, string file, string name, List<string> strings, XlsxNumberFormats formats)
    {
        var rows = new List<GridRow>();
        var merged = new List<string>();
        var sawData = false;
        var sawMerged = false;
        using var xml = package.Open(part);
        xml.MoveToContent();
        XlsxXml.Children(xml, section =>
        {
            if (section.LocalName == "sheetData" && !sawData)
            {
                sawData = true;
                ReadRows(section, rows, strings, formats);
            }
            else if (section.LocalName == "mergeCells" && !sawMerged)
            {
                sawMerged = true;
                XlsxXml.Children(section, range =>
                {
                    if (range.LocalName == "mergeCell" && range.GetAttribute("ref") is { } reference)
                    {
                        merged.Add(reference);
                    }

                    range.Skip();
                });
            }
            else
            {
                section.Skip();
            }
        });
        return new SheetGrid(file, name, rows, merged);
    }

    private static void ReadRows(XmlReader sheetData, List<GridRow> rows, List<string> strings, XlsxNumberFormats formats)
    {
        var lastRow = 0;
        XlsxXml.Children(sheetData, row =>
        {
            if (row.LocalName != "row")
            {
                row.Skip();
                return;
            }

            var number = XlsxXml.UInt(row, "r") is { } index ? (int)index : lastRow + 1;
            lastRow = number;
            var cells = new List<GridCell>();
            var position = 0;
            XlsxXml.Children(row, cell =>
            {
                if (cell.LocalName != "c")
                {
                    cell.Skip();
                    return;
                }

                var column = ColumnLetters.Parse(cell.GetAttribute("r")) ?? position;
                position = column + 1;
                var (text, formula) = ReadCell(cell, strings, formats);
                if (text.Length > 0 || formula is not null)
                {
                    cells.Add(new GridCell(column, text, formula is null ? null : "=" + formula));
                }
            });

            if (cells.Count > 0)
            {
                rows.Add(new GridRow(number, cells));
            }
        });
    }

    /// <summary>A cell's shown text and formula (without '='), the reader past the cell.</summary>
    private static (string Text, string? Formula) ReadCell(XmlReader cell, List<string> strings, XlsxNumberFormats formats)
    {
        var type = cell.GetAttribute("t");
        var style = XlsxXml.UInt(cell, "s") ?? 0;
        string? raw = null;
        string? formula = null;
        string? inline = null;
        XlsxXml.Children(cell, child =>
        {
            switch (child.LocalName)
            {
                case "v" when raw is null:
                    raw = child.ReadElementContentAsString();
                    break;
                case "f" when formula is null:
                    formula = child.ReadElementContentAsString();
                    break;
                case "is" when inline is null:
                    inline = XlsxXml.RichText(child);
                    break;
                default:
                    child.Skip();
                    break;
            }
        });

        return (Text(type, raw, inline, style, strings, formats), formula);
    }

    private static string Text(string? type, string? raw, string? inline, uint style, List<string> strings, XlsxNumberFormats formats)
    {
        if (type == "s")
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i].Trim() : "";
        }

        if (type == "inlineStr")
        {
            return (inline ?? raw ?? "").Trim();
        }

        if (raw is null)
        {
            return "";
        }

        if (type is null or "n")
        {
            return formats.Show(raw, style);
        }

        return raw.Trim();
    }
}
