using System.Globalization;
using System.Xml;

namespace Emissions.Spreadsheets;

/// <summary>
/// The decimals (and percent) each cell style's number format prints. Which built-in format prints how many decimals,
/// and how a format code's decimals are counted, is this project's reading rule, not something the Open XML SDK knows:
/// the tests' SDK oracle reads styles.xml its own way and hands its ids and codes to the second constructor, so that
/// both readers print numbers by this one rule (the oracle checks the reading of the parts, not the rule).
/// </summary>
internal sealed class XlsxNumberFormats
{
    private readonly List<uint> _styleFormat = [];
    private readonly Dictionary<uint, string> _custom = [];

    /// <summary>The number format ids of the cell formats (cellXfs, in order) and the workbook's own format codes (numFmts) by id.</summary>
    public XlsxNumberFormats(IEnumerable<uint> styleFormats, IEnumerable<KeyValuePair<uint, string>> custom)
    {
        _styleFormat.AddRange(styleFormats);
        foreach (var (id, code) in custom)
        {
            _custom[id] = code;
        }
    }

    /// <summary>The number format of each cell format (cellXfs) and the workbook's own format codes (numFmts) from styles.xml.</summary>
    public XlsxNumberFormats(XmlReader? styles)
    {
        if (styles is null)
        {
            return;
        }

        styles.MoveToContent();
        XlsxXml.Children(styles, section =>
        {
            if (section.LocalName == "cellXfs")
            {
                XlsxXml.Children(section, format =>
                {
                    if (format.LocalName == "xf")
                    {
                        _styleFormat.Add(XlsxXml.UInt(format, "numFmtId") ?? 0);
                    }

                    format.Skip();
                });
            }
            else if (section.LocalName == "numFmts")
            {
                XlsxXml.Children(section, format =>
                {
                    if (format.LocalName == "numFmt" && XlsxXml.UInt(format, "numFmtId") is { } id && format.GetAttribute("formatCode") is { } code)
                    {
                        _custom[id] = code;
                    }

                    format.Skip();
                });
            }
            else
            {
                section.Skip();
            }
        });
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
