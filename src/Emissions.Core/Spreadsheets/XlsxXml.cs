using System.Globalization;
using System.Text;
using System.Xml;

namespace Emissions.Spreadsheets;

/// <summary>Walking SpreadsheetML with an <see cref="XmlReader"/> by local names (transitional and strict alike).</summary>
internal static class XlsxXml
{
    /// <summary>
    /// Calls <paramref name="visit"/> on each child element of the element the reader is on; the visit consumes the
    /// child (reads to past its end, e.g. with <see cref="XmlReader.Skip"/>). Leaves the reader past this element.
    /// </summary>
    public static void Children(XmlReader reader, Action<XmlReader> visit)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                visit(reader);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    /// <summary>A whole-number attribute; absent is null, anything else not a number is a broken part.</summary>
    public static uint? UInt(XmlReader reader, string attribute) => reader.GetAttribute(attribute) is { } text
        ? uint.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a valid value for the attribute {attribute}")
        : null;

    /// <summary>
    /// The text of a rich string (si, is): its text runs and phonetic runs (every t element, at any depth) run together.
    /// Walked in one loop, not once per level: a short upload can nest elements a hundred thousand deep.
    /// </summary>
    public static string RichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        var text = new StringBuilder();
        var depth = reader.Depth;
        reader.Read();
        while (reader.Depth > depth && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t")
            {
                text.Append(reader.ReadElementContentAsString());
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
        return text.ToString();
    }
}
