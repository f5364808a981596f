using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Emissions.Spreadsheets;
using CellStyle = Emissions.Spreadsheets.CellStyle;

namespace Emissions.Core.Tests.Spreadsheets.OpenXmlOracle;

/// <summary>
/// The framework-only writer (ADR 0030) writes what the Open XML SDK wrote: opened with the SDK, the same sheets
/// (names, ids, hidden state), the same stylesheet, and per sheet the same frozen pane, column widths, cells
/// (reference, type, style index, value) and drop-down lists; and a package the SDK's schema validator passes.
/// </summary>
public sealed class XlsxWriterOracleTests
{
    private static XlsxBuilder Everything()
    {
        var book = new XlsxBuilder();
        var summary = book.Sheet("Summary", true, 30, 12.5, 8.43, 100);
        summary.Styled(CellStyle.Title, "Working paper — 2020 <&> \"quoted\" 'single'");
        summary.Heading("id", "value", "count", "flag", "note");
        summary.Row("energy_total", 1234567890.1234567890123456789m, 42, true, "  spaces kept  ").Mark(1, CellStyle.Good);
        summary.Row("tiny", 0.0000000000000000000000000001m, -7, false, "line\nbreak\ttab").Mark(1, CellStyle.Fair).Mark(2, CellStyle.Warning);
        summary.Row("negative", -0.50m, 0, null, "").Mark(0, CellStyle.Bad).Mark(3, CellStyle.Muted);
        summary.Row("電力", 1E+20m, int.MaxValue, true, 3.5d).Mark(4, CellStyle.Plain);
        summary.Row();
        summary.Row(null, null, "after an empty row");
        book.Sheet("Plain", false).Row("one row, nothing frozen");
        book.Sheet("Single", true, 10).Heading("a header alone is not frozen");
        var lines = book.Sheet("Lines", true, 14, 14).DropDown(0, "Lists!$A$2:$A$3").DropDown("B4", "\"yes,no\"");
        lines.Heading("fuel", "unit").Row("diesel", "L");
        book.Sheet("Lists", true, 24).Hide().Heading("fuel").Row("diesel").Row("petrol");
        return book;
    }

    private static (SpreadsheetDocument Written, SpreadsheetDocument Oracle) Both(XlsxBuilder book)
    {
        var written = new MemoryStream();
        book.Write(written);
        var oracle = new MemoryStream();
        OpenXmlXlsxWriter.Write(book.Sheets, oracle);
        return (SpreadsheetDocument.Open(written, false), SpreadsheetDocument.Open(oracle, false));
    }

    /// <summary>An element as XML with namespace declarations dropped and attributes in name order.</summary>
    private static string Canonical(DocumentFormat.OpenXml.OpenXmlElement element)
    {
        var xml = XElement.Parse(element.OuterXml);
        foreach (var e in xml.DescendantsAndSelf())
        {
            e.ReplaceAttributes(e.Attributes().Where(a => !a.IsNamespaceDeclaration).OrderBy(a => a.Name.ToString(), StringComparer.Ordinal).ToList());
        }

        return xml.ToString();
    }

    private static List<(string? Name, uint? Id, string? State, string Xml)> Sheets(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart!;
        return [.. workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => (
            s.Name?.Value, s.SheetId?.Value, s.State?.InnerText,
            Canonical(((WorksheetPart)workbook.GetPartById(s.Id!.Value!)).Worksheet)))];
    }

    [Fact]
    public void Every_sheet_cell_style_width_pane_and_list_is_what_the_sdk_wrote()
    {
        var (written, oracle) = Both(Everything());
        using (written)
        using (oracle)
        {
            Assert.Equal(Sheets(oracle), Sheets(written));
            Assert.Equal(Canonical(oracle.WorkbookPart!.WorkbookStylesPart!.Stylesheet), Canonical(written.WorkbookPart!.WorkbookStylesPart!.Stylesheet));
        }
    }

    [Fact]
    public void The_sdk_reads_the_cells_back_as_written()
    {
        var (written, oracle) = Both(Everything());
        using (written)
        using (oracle)
        {
            var sheet = (WorksheetPart)written.WorkbookPart!.GetPartById(written.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().First().Id!.Value!);
            var cells = sheet.Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

            Assert.Equal("1234567890.1234567890123456789", cells["B3"].CellValue!.Text);
            Assert.Equal("0.0000000000000000000000000001", cells["B4"].CellValue!.Text);
            Assert.Equal((uint)CellStyle.Good, cells["B3"].StyleIndex!.Value);
            Assert.Equal("  spaces kept  ", cells["E3"].InlineString!.InnerText);
            Assert.Equal("1", cells["D3"].CellValue!.Text);
            Assert.False(cells.ContainsKey("E5")); // empty text is no cell
            Assert.Equal(1d, sheet.Worksheet.Descendants<Pane>().Single().VerticalSplit!.Value);
        }
    }

    [Fact]
    public void The_written_package_passes_the_sdk_schema_validator()
    {
        var (written, oracle) = Both(Everything());
        using (written)
        using (oracle)
        {
            var validator = new OpenXmlValidator();
            Assert.Empty(validator.Validate(written).Select(e => $"{e.Path?.PartUri} {e.Path?.XPath}: {e.Description}"));
        }
    }

    [Fact]
    public void The_same_workbook_is_the_same_bytes()
    {
        var first = new MemoryStream();
        var second = new MemoryStream();
        Everything().Write(first);
        Everything().Write(second);

        Assert.Equal(first.ToArray(), second.ToArray());
    }
}
