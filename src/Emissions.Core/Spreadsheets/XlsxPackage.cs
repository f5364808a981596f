using System.IO.Compression;
using System.Xml;

namespace Emissions.Spreadsheets;

/// <summary>
/// The parts of an Office Open XML zip and the relationships between them, enough to find a workbook's
/// sheets, shared strings and styles (ECMA-376 part 2): a relationship's target is resolved against the
/// folder of the part that holds it, or from the package root when it starts with '/'; part names compare
/// without case. Every part is parsed with DTDs refused and at most <see cref="SpreadsheetLimits.MaxCharactersInPart"/>
/// characters, since a zip may lie about its sizes.
/// </summary>
internal sealed class XlsxPackage
{
    private const string TransitionalTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private const string StrictTypes = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

    private readonly Dictionary<string, ZipArchiveEntry> _parts = new(StringComparer.OrdinalIgnoreCase);
    private readonly XmlReaderSettings _settings;

    public XlsxPackage(ZipArchive zip, long maxCharactersInPart)
    {
        foreach (var entry in zip.Entries)
        {
            _parts.TryAdd(entry.FullName.TrimStart('/'), entry);
        }

        _settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxCharactersInPart,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true, // the part's inflating stream ends with its reader
        };
    }

    /// <summary>The internal relationships of a part ("" for the package itself): id, type without its namespace ("worksheet"), target part.</summary>
    public List<(string Id, string Type, string Part)> Relationships(string source)
    {
        var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : "";
        var name = folder + "_rels/" + source[folder.Length..] + ".rels";
        var found = new List<(string, string, string)>();
        if (!_parts.ContainsKey(name))
        {
            return found;
        }

        using var xml = Open(name);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("TargetMode") is not "External"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Type") is { } type && xml.GetAttribute("Target") is { } target)
            {
                found.Add((id, ShortType(type), Resolve(folder, target)));
            }
        }

        return found;
    }

    public bool Has(string part) => _parts.ContainsKey(part);

    public XmlReader Open(string part) => XmlReader.Create(_parts[part].Open(), _settings);

    /// <summary>"…/relationships/worksheet" → "worksheet", in the transitional and the strict namespaces alike.</summary>
    private static string ShortType(string type) =>
        type.StartsWith(TransitionalTypes, StringComparison.Ordinal) ? type[TransitionalTypes.Length..]
        : type.StartsWith(StrictTypes, StringComparison.Ordinal) ? type[StrictTypes.Length..]
        : type;

    private static string Resolve(string folder, string target)
    {
        var path = Uri.UnescapeDataString(target.Split('#')[0]);
        var segments = new List<string>();
        foreach (var segment in (path.StartsWith('/') ? path : folder + path).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
