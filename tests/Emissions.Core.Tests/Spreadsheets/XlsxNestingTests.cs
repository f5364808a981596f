using Emissions.Spreadsheets;
using static Emissions.Core.Tests.Spreadsheets.OpenXmlOracle.RawWorkbook;

namespace Emissions.Core.Tests.Spreadsheets;

/// <summary>
/// A workbook of a few kilobytes can nest elements a hundred thousand deep inside one string (under 1 MiB a part is not
/// held to a compression ratio): reading it must not recurse once per level, or one upload ends the process with a stack
/// overflow.
/// </summary>
public sealed class XlsxNestingTests
{
    [Fact]
    public void A_shared_string_nested_a_hundred_thousand_deep_is_read_as_its_text()
    {
        const int depth = 140_000;
        var strings = $"""<sst xmlns="{Main}"><si><t>Scope </t>{string.Concat(Enumerable.Repeat("<r>", depth))}<t>1</t>{string.Concat(Enumerable.Repeat("</r>", depth))}</si></sst>""";
        using var book = Book(
            Rels(("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml")),
            Workbook(("Data", "rId1")),
            Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>2.5</v></c></row>"""),
            sharedStrings: strings);

        Assert.True(book.Length < 64 * 1024, $"the upload is {book.Length} bytes");
        var grid = Assert.Single(XlsxWorkbookReader.Read(book, "deep.xlsx"));
        var row = Assert.Single(grid.Rows);
        Assert.Equal(["Scope 1", "2.5"], row.Cells.Select(c => c.Text));
    }
}
