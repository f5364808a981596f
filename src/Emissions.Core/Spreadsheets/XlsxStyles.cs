using System.Globalization;
using System.Xml;

namespace Emissions.Spreadsheets;

/// <summary>
/// The stylesheet of every workbook <see cref="XlsxBuilder"/> writes: three fonts, the verdict fills and the
/// cell formats in <see cref="CellStyle"/> order (a cell's style index is its <see cref="CellStyle"/> value).
/// </summary>
internal static class XlsxStyles
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>The solid fills after the two Excel reserves (none, gray125); fill id = index + 2.</summary>
    private static readonly string[] SolidFills =
    [
        "FFC6EFCE", // good: reproduced
        "FFE2F0D9", // fair: consistent
        "FFFFEB9C", // warning: discrepant, not material
        "FFFFC7CE", // bad: material
        "FFEDEDED", // muted: unverifiable, not tested
        "FFDDEBF7", // heading
    ];

    /// <summary>(font, fill) of each <see cref="CellStyle"/>, in its order.</summary>
    private static readonly (int Font, int Fill)[] Formats = [(0, 0), (1, 7), (0, 2), (0, 3), (0, 4), (1, 5), (0, 6), (2, 0)];

    public static void Write(XmlWriter xml)
    {
        xml.WriteStartElement("styleSheet", Main);
        xml.WriteStartElement("fonts", Main);
        Font(xml, bold: false, size: 11);
        Font(xml, bold: true, size: 11);
        Font(xml, bold: true, size: 14);
        xml.WriteEndElement();

        xml.WriteStartElement("fills", Main);
        Pattern(xml, "none", null);
        Pattern(xml, "gray125", null);
        foreach (var argb in SolidFills)
        {
            Pattern(xml, "solid", argb);
        }

        xml.WriteEndElement();

        xml.WriteStartElement("borders", Main);
        xml.WriteElementString("border", Main, null);
        xml.WriteEndElement();
        xml.WriteStartElement("cellStyleXfs", Main);
        xml.WriteElementString("xf", Main, null);
        xml.WriteEndElement();

        xml.WriteStartElement("cellXfs", Main);
        foreach (var (font, fill) in Formats)
        {
            xml.WriteStartElement("xf", Main);
            xml.WriteAttributeString("fontId", font.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("fillId", fill.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("borderId", "0");
            xml.WriteAttributeString("applyFont", font != 0 ? "1" : "0");
            xml.WriteAttributeString("applyFill", fill != 0 ? "1" : "0");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Font(XmlWriter xml, bool bold, int size)
    {
        xml.WriteStartElement("font", Main);
        if (bold)
        {
            xml.WriteElementString("b", Main, null);
        }

        Value(xml, "sz", size.ToString(CultureInfo.InvariantCulture));
        Value(xml, "name", "Calibri");
        xml.WriteEndElement();
    }

    private static void Pattern(XmlWriter xml, string type, string? argb)
    {
        xml.WriteStartElement("fill", Main);
        xml.WriteStartElement("patternFill", Main);
        xml.WriteAttributeString("patternType", type);
        if (argb is not null)
        {
            xml.WriteStartElement("fgColor", Main);
            xml.WriteAttributeString("rgb", argb);
            xml.WriteEndElement();
            xml.WriteStartElement("bgColor", Main);
            xml.WriteAttributeString("indexed", "64");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element, Main);
        xml.WriteAttributeString("val", value);
        xml.WriteEndElement();
    }
}
