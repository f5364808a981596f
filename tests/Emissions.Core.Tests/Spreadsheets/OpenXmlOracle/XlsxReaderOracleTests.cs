using Emissions.Core.Tests.Verification;
using Emissions.Inventory;
using Emissions.Spreadsheets;
using Emissions.Verification;
using static Emissions.Core.Tests.Spreadsheets.OpenXmlOracle.RawWorkbook;

namespace Emissions.Core.Tests.Spreadsheets.OpenXmlOracle;

/// <summary>
/// The framework-only reader (ADR 0030) gives the grids the Open XML SDK reader gave, on workbooks as Excel and
/// other tools write them and on awkward ones; and the same refusals.
/// </summary>
public sealed class XlsxReaderOracleTests
{
    private const string Styles = $"""
        <styleSheet xmlns="{Main}"><numFmts count="3"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="#,##0.000;[Red]-#,##0.000"/><numFmt numFmtId="166" formatCode="&quot;t&quot; 0.0"/></numFmts>
        <fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>
        <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="4"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="14"/><xf numFmtId="166"/><xf numFmtId="3"/></cellXfs></styleSheet>
        """;

    private const string SharedStrings = $"""
        <sst xmlns="{Main}" count="5" uniqueCount="5">
          <si><t>energy_total</t></si>
          <si><r><rPr><b/><sz val="11"/></rPr><t>Scope </t></r><r><t xml:space="preserve">1 </t></r><r><t>emissions</t></r></si>
          <si><t>電力</t><rPh sb="0" eb="2"><t>デンリョク</t></rPh><phoneticPr fontId="1"/></si>
          <si><t xml:space="preserve">  padded  </t></si>
          <si><t/></si>
        </sst>
        """;

    /// <summary>Every cell type and oddity in one sheet: shared strings (runs, phonetics), inline strings, numbers under
    /// formats (exponent, percent, dates, custom with quoted text), booleans, errors, str formulas, shared formulas,
    /// rows and cells without references, styled empty cells, a merged range.</summary>
    private const string Awkward = """
        <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>99</v></c></row>
        <row r="3"><c r="A3" s="1"><v>1234.5</v></c><c r="B3" s="2"><v>0.25</v></c><c r="C3" s="3"><v>0.12345</v></c><c r="D3" s="4"><v>1.5E-2</v></c><c r="E3" s="5"><v>-12.3456</v></c><c r="F3" s="6"><v>44197</v></c><c r="G3" s="7"><v>3.14159</v></c><c r="H3" s="8"><v>1E+3</v></c><c r="I3"><v>2.5e-7</v></c><c r="J3" s="42"><v>7.25</v></c></row>
        <row><c t="b"><v>1</v></c><c t="b"><v>0</v></c><c t="e"><v>#DIV/0!</v></c><c t="str"><f>A1&amp;"x"</f><v>energy_totalx</v></c><c><f>SUM(A3:B3)</f><v>1234.75</v></c><c r="H4"><f t="shared" ref="H4:H5" si="0">A3*2</f><v>2469</v></c></row>
        <row r="5"><c r="H5"><f t="shared" si="0"/><v>0.5</v></c><c r="I5" s="1"/><c r="J5" t="inlineStr"><is><r><t>in</t></r><r><t xml:space="preserve">line </t></r></is></c><c r="K5" t="n"><v> 12 </v></c><c r="L5" t="d"><v>2020-01-01T00:00:00</v></c><c r="M5" t="s"><v>x</v></c></row>
        <row r="6" spans="1:3"><c r="A6" s="2"/><c r="B6"><v></v></c><c r="c6"><v>not a number</v></c><c r="AA6"><v>1</v></c><c><v>2</v></c></row>
        """;

    private static string Grids(IReadOnlyList<SheetGrid> grids) => string.Join("\n", grids.Select(g =>
        $"[{g.File}|{g.Name}] merged {string.Join(",", g.MergedRanges)}\n"
        + string.Join("\n", g.Rows.Select(r => $"{r.Number}: " + string.Join(" | ", r.Cells.Select(c => $"{c.Column}={c.Text}{(c.Formula is null ? "" : " " + c.Formula)}"))))));

    private static string Both(Func<MemoryStream> workbook, out string oracle)
    {
        oracle = Grids(OpenXmlWorkbookReader.Read(workbook(), "book.xlsx"));
        return Grids(XlsxWorkbookReader.Read(workbook(), "book.xlsx"));
    }

    private static void SameAsOracle(Func<MemoryStream> workbook)
    {
        var read = Both(workbook, out var oracle);
        Assert.Equal(oracle, read);
    }

    private static (string Oracle, string Read) Refusals(Func<MemoryStream> workbook) =>
        (Assert.Throws<InputException>(() => OpenXmlWorkbookReader.Read(workbook(), "book.xlsx")).Message,
            Assert.Throws<InputException>(() => XlsxWorkbookReader.Read(workbook(), "book.xlsx")).Message);

    [Fact]
    public void Awkward_cells_read_as_the_open_xml_sdk_read_them()
    {
        var read = Both(() => Book(
            Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "styles", "styles.xml"), ("rId3", "sharedStrings", "sharedStrings.xml")),
            Workbook(("Figures", "rId1")), Sheet(Awkward, """<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C3:D4"/></mergeCells>"""),
            sharedStrings: SharedStrings, styles: Styles), out var oracle);

        Assert.Equal(oracle, read);
        // The oracle itself, spelled out for a few cells: a rich string's runs together, its phonetic reading too,
        // 1,234.5 under "#,##0.00", 25 % under "0%", 1.5 % under "0.0%", the shared formula's follower "=".
        Assert.Contains("1=Scope 1 emissions", read, StringComparison.Ordinal);
        Assert.Contains("2=電力デンリョク", read, StringComparison.Ordinal);
        // Both readers print numbers by one rule (XlsxNumberFormats), so the rule is spelled out here, not compared:
        // "#,##0.000" 3 decimals, a quoted "t" is not a digit, built-in 3 ("#,##0") none, a date and General as stored.
        Assert.Contains("3: 0=1234.50 | 1=25% | 2=12.35% | 3=1.5% | 4=-12.346 | 5=44197 | 6=3.1 | 7=1000 | 8=0.00000025 | 9=7.25\n", read, StringComparison.Ordinal);
        Assert.Contains("7=0.5 =", read, StringComparison.Ordinal);
    }

    [Fact]
    public void Absolute_and_parent_relative_targets_find_the_same_parts()
    {
        SameAsOracle(() => Book(
            Rels(("rId7", "worksheet", "/xl/worksheets/sheet2.xml"), ("rId8", "worksheet", "../xl/worksheets/sheet1.xml"), ("rId2", "styles", "/xl/styles.xml"), ("rId3", "sharedStrings", "./sharedStrings.xml")),
            Workbook(("Second", "rId7"), ("First", "rId8")), Sheet(Awkward), Sheet("""<row r="2"><c r="B2" t="s"><v>3</v></c></row>"""),
            sharedStrings: SharedStrings, styles: Styles));
    }

    [Fact]
    public void A_chart_sheet_is_skipped_and_a_workbook_without_styles_or_strings_reads_numbers_as_stored()
    {
        SameAsOracle(() => Book(
            Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "chartsheet", "chartsheets/sheet1.xml")),
            Workbook(("Chart", "rId2"), ("Data", "rId1")), Sheet(Awkward), chart: true));
    }

    [Fact]
    public void A_sheet_whose_relationship_is_missing_is_skipped_where_the_sdk_threw()
    {
        MemoryStream Workbook() => Book(Rels(("rId1", "worksheet", "worksheets/sheet1.xml")), RawWorkbook.Workbook(("Lost", "rId9"), ("Data", "rId1")), Sheet(Awkward));

        Assert.Throws<ArgumentOutOfRangeException>(() => OpenXmlWorkbookReader.Read(Workbook(), "book.xlsx"));
        Assert.Equal(["Data"], XlsxWorkbookReader.Read(Workbook(), "book.xlsx").Select(g => g.Name));
    }

    [Fact]
    public void Workbooks_the_sdk_writes_read_the_same()
    {
        SameAsOracle(() => TestWorkbook.Create(
            ("Figures", [["id", "value", "unit"], ["energy_total", 1234.5m, "MWh"], ["water", 12m, "m³"], ["ratio", "=B2/B3", null]]),
            ("Notes", [[null, "  text  ", "0.5"]])));
    }

    [Fact]
    public void The_working_paper_and_the_activity_workbooks_read_the_same()
    {
        var request = Fixtures.Request("kuaishou-2020");
        var report = CheckRun.Run(request, null);
        SameAsOracle(() =>
        {
            var paper = new MemoryStream();
            WorkingPaper.Write(paper, request, report, at: new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero));
            paper.Position = 0;
            return paper;
        });
        SameAsOracle(() =>
        {
            var template = new MemoryStream();
            ActivityWorkbook.Write(template, ["ipcc-2006", "uk-desnz-2024"]);
            template.Position = 0;
            return template;
        });
    }

    [Fact]
    public void What_is_not_a_workbook_is_refused_with_the_same_words()
    {
        // Both readers guard the package with one XlsxPackageGuard, so its words are spelled out rather than compared.
        var notZip = Refusals(() => new MemoryStream("id,value\nx,1\n"u8.ToArray()));
        Assert.StartsWith("book.xlsx: expected an Excel workbook (.xlsx, Office Open XML); could not open it: ", notZip.Read, StringComparison.Ordinal);

        var bomb = Refusals(ZipBomb.Create);
        Assert.StartsWith("book.xlsx part xl/worksheets/sheet1.xml: '", bomb.Read, StringComparison.Ordinal);
        Assert.EndsWith($" bytes inflating to {16 * 1024 * 1024}': expected a part compressed at most 200:1 (is it a zip bomb?)", bomb.Read, StringComparison.Ordinal);

        var brokenSheet = Refusals(() => Book(Rels(("rId1", "worksheet", "worksheets/sheet1.xml")), Workbook(("Data", "rId1")), "<worksheet><sheetData><row>"));
        // The one refusal whose reason reads differently: the SDK said "Cannot load the root element from the part.
        // The part contains invalid data"; the XmlReader names the fault and where it is.
        Assert.Equal("book.xlsx: expected an Excel workbook (.xlsx, Office Open XML); could not open it: Unexpected end of file has occurred. "
            + "The following elements are not closed: row, sheetData, worksheet. Line 1, position 28", brokenSheet.Read);
        Assert.Contains("an Excel workbook (.xlsx, Office Open XML); could not open it: ", brokenSheet.Oracle, StringComparison.Ordinal);

        var dtd = Refusals(() => Book(Rels(("rId1", "worksheet", "worksheets/sheet1.xml")), Workbook(("Data", "rId1")),
            $"""<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa">]><worksheet xmlns="{Main}"><sheetData/></worksheet>"""));
        Assert.Equal(dtd.Oracle, dtd.Read);

        var noWorkbook = Refusals(() => Zip(("[Content_Types].xml", ContentTypes), ("xl/worksheets/sheet1.xml", Sheet(""))));
        Assert.Equal(noWorkbook.Oracle, noWorkbook.Read);
    }

    [Fact]
    public void A_part_longer_than_the_limit_is_refused_while_it_is_read()
    {
        var limits = new SpreadsheetLimits { MaxCharactersInPart = 1000 };
        var sheet = Sheet(string.Concat(Enumerable.Range(1, 100).Select(r => $"""<row r="{r}"><c r="A{r}"><v>{r}</v></c></row>""")));
        MemoryStream Workbook() => Book(Rels(("rId1", "worksheet", "worksheets/sheet1.xml")), RawWorkbook.Workbook(("Data", "rId1")), sheet);

        var oracle = Assert.Throws<InputException>(() => OpenXmlWorkbookReader.Read(Workbook(), "big.xlsx", limits)).Message;
        var read = Assert.Throws<InputException>(() => XlsxWorkbookReader.Read(Workbook(), "big.xlsx", limits)).Message;

        Assert.Equal(oracle, read);
    }
}
