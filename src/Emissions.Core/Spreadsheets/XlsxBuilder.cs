using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Emissions.Spreadsheets;

/// <summary>
/// Writes a workbook of plain sheets as SpreadsheetML in a zip (ADR 0030: the framework's ZipArchive and
/// XmlWriter, no Open XML SDK in the executables): text as inline strings, numbers as exact decimal text
/// (a cell holds what was computed; Excel decides how many digits to show), a bold header, verdict
/// colours, set column widths and a frozen header row. The parts are the ones Excel needs and no more.
/// </summary>
internal sealed class XlsxBuilder
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>Every entry carries this time so that the same workbook is the same bytes (zip's earliest date).</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), CloseOutput = false };

    private readonly List<SheetBuilder> _sheets = [];

    internal IReadOnlyList<SheetBuilder> Sheets => _sheets;

    public SheetBuilder Sheet(string name, bool freezeHeader = true, params double[] widths)
    {
        var sheet = new SheetBuilder(name, freezeHeader, widths);
        _sheets.Add(sheet);
        return sheet;
    }

    public void Write(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Part(zip, "[Content_Types].xml", ContentTypes);
        Part(zip, "_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            Relationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
        });
        Part(zip, "xl/workbook.xml", Workbook);
        Part(zip, "xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", PackageRelationships);
            for (var i = 0; i < _sheets.Count; i++)
            {
                Relationship(xml, SheetRelationship(i), "worksheet", SheetPath(i));
            }

            Relationship(xml, SheetRelationship(_sheets.Count), "styles", "styles.xml");
            xml.WriteEndElement();
        });
        Part(zip, "xl/styles.xml", XlsxStyles.Write);
        for (var i = 0; i < _sheets.Count; i++)
        {
            var sheet = _sheets[i];
            Part(zip, "xl/" + SheetPath(i), xml => Worksheet(xml, sheet));
        }
    }

    private static string SheetPath(int index) => $"worksheets/sheet{(index + 1).ToString(CultureInfo.InvariantCulture)}.xml";

    private static string SheetRelationship(int index) => "rId" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static void Part(ZipArchive zip, string name, Action<XmlWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = EntryTime;
        using var stream = entry.Open();
        using var xml = XmlWriter.Create(stream, Settings);
        xml.WriteStartDocument(true);
        write(xml);
        xml.WriteEndDocument();
    }

    private static void Relationship(XmlWriter xml, string id, string type, string target)
    {
        xml.WriteStartElement("Relationship", PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + type);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }

    private void ContentTypes(XmlWriter xml)
    {
        const string types = "http://schemas.openxmlformats.org/package/2006/content-types";
        const string office = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        xml.WriteStartElement("Types", types);
        Default("rels", "application/vnd.openxmlformats-package.relationships+xml");
        Default("xml", "application/xml");
        Override("/xl/workbook.xml", office + "sheet.main+xml");
        Override("/xl/styles.xml", office + "styles+xml");
        for (var i = 0; i < _sheets.Count; i++)
        {
            Override("/xl/" + SheetPath(i), office + "worksheet+xml");
        }

        xml.WriteEndElement();

        void Default(string extension, string type)
        {
            xml.WriteStartElement("Default", types);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        void Override(string part, string type)
        {
            xml.WriteStartElement("Override", types);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }

    private void Workbook(XmlWriter xml)
    {
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, Relationships);
        xml.WriteStartElement("sheets", Main);
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", _sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            if (_sheets[i].Hidden)
            {
                xml.WriteAttributeString("state", "hidden");
            }

            xml.WriteAttributeString("id", Relationships, SheetRelationship(i));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Worksheet(XmlWriter xml, SheetBuilder sheet)
    {
        var (rows, styles, widths) = (sheet.Rows, sheet.Styles, sheet.Widths);
        xml.WriteStartElement("worksheet", Main);
        if (sheet.FreezeHeader && rows.Count > 1)
        {
            xml.WriteStartElement("sheetViews", Main);
            xml.WriteStartElement("sheetView", Main);
            xml.WriteAttributeString("workbookViewId", "0");
            xml.WriteStartElement("pane", Main);
            xml.WriteAttributeString("ySplit", "1");
            xml.WriteAttributeString("topLeftCell", "A2");
            xml.WriteAttributeString("activePane", "bottomLeft");
            xml.WriteAttributeString("state", "frozen");
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        if (widths.Length > 0)
        {
            xml.WriteStartElement("cols", Main);
            for (var i = 0; i < widths.Length; i++)
            {
                var column = (i + 1).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("col", Main);
                xml.WriteAttributeString("min", column);
                xml.WriteAttributeString("max", column);
                xml.WriteAttributeString("width", XmlConvert.ToString(widths[i]));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData", Main);
        for (var r = 0; r < rows.Count; r++)
        {
            var number = (r + 1).ToString(CultureInfo.InvariantCulture);
            xml.WriteStartElement("row", Main);
            xml.WriteAttributeString("r", number);
            for (var c = 0; c < rows[r].Count; c++)
            {
                Cell(xml, rows[r][c], ColumnLetters.Of(c) + number, styles[r][c]);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (sheet.Lists.Count > 0)
        {
            // A drop-down per column: Excel offers the list's values and refuses others as they are typed.
            xml.WriteStartElement("dataValidations", Main);
            xml.WriteAttributeString("count", sheet.Lists.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var (cells, source) in sheet.Lists)
            {
                xml.WriteStartElement("dataValidation", Main);
                xml.WriteAttributeString("type", "list");
                xml.WriteAttributeString("allowBlank", "1");
                xml.WriteAttributeString("showInputMessage", "1");
                xml.WriteAttributeString("showErrorMessage", "1");
                xml.WriteAttributeString("sqref", cells);
                xml.WriteElementString("formula1", Main, source);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    /// <summary>One cell, or nothing for an empty value (null or empty text).</summary>
    private static void Cell(XmlWriter xml, object? value, string reference, CellStyle? style)
    {
        var (type, text) = value switch
        {
            null => (null, null),
            decimal number => ("n", number.ToString(CultureInfo.InvariantCulture)),
            int number => ("n", number.ToString(CultureInfo.InvariantCulture)),
            bool flag => ("b", flag ? "1" : "0"),
            _ => ("inlineStr", Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""),
        };
        if (type is null || text!.Length == 0)
        {
            return;
        }

        xml.WriteStartElement("c", Main);
        xml.WriteAttributeString("r", reference);
        if (style is { } s && s != CellStyle.Plain)
        {
            xml.WriteAttributeString("s", ((uint)s).ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteAttributeString("t", type);
        if (type == "inlineStr")
        {
            xml.WriteStartElement("is", Main);
            xml.WriteStartElement("t", Main);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(text);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        else
        {
            xml.WriteElementString("v", Main, text);
        }

        xml.WriteEndElement();
    }

    /// <summary>The rows a drop-down list covers below the header.</summary>
    public const int ListRows = 1000;

    /// <summary>Rows of one sheet: each value a string, decimal, int, bool or null (empty), with an optional style per cell.</summary>
    public sealed class SheetBuilder
    {
        private readonly List<IReadOnlyList<object?>> _rows = [];
        private readonly List<CellStyle?[]> _styles = [];
        private readonly List<(string Cells, string Source)> _lists = [];

        internal SheetBuilder(string name, bool freezeHeader, double[] widths)
        {
            Name = name;
            FreezeHeader = freezeHeader;
            Widths = widths;
        }

        internal string Name { get; }

        internal bool FreezeHeader { get; }

        internal double[] Widths { get; }

        internal bool Hidden { get; private set; }

        internal List<IReadOnlyList<object?>> Rows => _rows;

        internal List<CellStyle?[]> Styles => _styles;

        internal List<(string Cells, string Source)> Lists => _lists;

        /// <summary>Hides the sheet (the lists drop-downs draw on): still there, out of the way.</summary>
        public SheetBuilder Hide()
        {
            Hidden = true;
            return this;
        }

        /// <summary>A drop-down on a column (0-based) for the <see cref="ListRows"/> rows below the header, offering the cells of <paramref name="source"/>, e.g. "Lists!$A$2:$A$6".</summary>
        public SheetBuilder DropDown(int column, string source)
        {
            var letter = ColumnLetters.Of(column);
            return DropDown($"{letter}2:{letter}{ListRows}", source);
        }

        /// <summary>A drop-down on a range of cells ("B4", "A2:A1000").</summary>
        public SheetBuilder DropDown(string cells, string source)
        {
            _lists.Add((cells, source));
            return this;
        }

        public SheetBuilder Row(params object?[] values) => Styled(null, values);

        public SheetBuilder Heading(params object?[] values) => Styled(CellStyle.Heading, values);

        /// <summary>A row in one style; a null style leaves the row plain.</summary>
        public SheetBuilder Styled(CellStyle? style, params object?[] values)
        {
            ArgumentNullException.ThrowIfNull(values);
            _rows.Add(values);
            _styles.Add([.. values.Select(_ => style)]);
            return this;
        }

        /// <summary>Restyles one cell of the last row (a verdict cell coloured in an otherwise plain row).</summary>
        public SheetBuilder Mark(int column, CellStyle style)
        {
            _styles[^1][column] = style;
            return this;
        }
    }
}
