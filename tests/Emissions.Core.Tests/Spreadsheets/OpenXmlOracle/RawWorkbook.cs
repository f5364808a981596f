using System.IO.Compression;
using System.Text;

namespace Emissions.Core.Tests.Spreadsheets.OpenXmlOracle;

/// <summary>
/// Workbooks written part by part as XML text, for what the Open XML SDK would not write itself: absolute
/// relationship targets, rich shared strings, cells without references, chart sheets, broken parts.
/// </summary>
internal static class RawWorkbook
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public const string ContentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>
        """;

    public const string PackageRels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
        """;

    public static MemoryStream Zip(params (string Name, string Xml)[] parts)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>A whole workbook: one or two worksheets (sheet2 optional), shared strings and styles optional, rels as given.</summary>
    public static MemoryStream Book(string workbookRels, string workbook, string sheet1, string? sheet2 = null, string? sharedStrings = null, string? styles = null, bool chart = false)
    {
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", ContentTypes),
            ("_rels/.rels", PackageRels),
            ("xl/workbook.xml", workbook),
            ("xl/_rels/workbook.xml.rels", workbookRels),
            ("xl/worksheets/sheet1.xml", sheet1),
        };
        if (sheet2 is not null)
        {
            parts.Add(("xl/worksheets/sheet2.xml", sheet2));
        }

        if (sharedStrings is not null)
        {
            parts.Add(("xl/sharedStrings.xml", sharedStrings));
        }

        if (styles is not null)
        {
            parts.Add(("xl/styles.xml", styles));
        }

        if (chart)
        {
            parts.Add(("xl/chartsheets/sheet1.xml", $"""<chartsheet xmlns="{Main}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>"""));
        }

        return Zip([.. parts]);
    }

    public static string Rels(params (string Id, string Type, string Target)[] relationships) =>
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + string.Concat(relationships.Select(r => $"""<Relationship Id="{r.Id}" Type="{Rel}/{r.Type}" Target="{r.Target}"/>"""))
        + "</Relationships>";

    public static string Workbook(params (string Name, string Id)[] sheets) =>
        $"""<workbook xmlns="{Main}" xmlns:r="{Rel}"><sheets>"""
        + string.Concat(sheets.Select((s, i) => $"""<sheet name="{s.Name}" sheetId="{i + 1}" r:id="{s.Id}"/>"""))
        + "</sheets></workbook>";

    public static string Sheet(string sheetData, string after = "") => $"""<worksheet xmlns="{Main}" xmlns:r="{Rel}"><sheetData>{sheetData}</sheetData>{after}</worksheet>""";
}
