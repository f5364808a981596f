using System.Text;
using Emissions.Inventory;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// Figures and relations as CSV (RFC 4180: comma-separated, a header row, fields with commas,
/// quotes or line breaks quoted with '"', a quote inside doubled). Figures: columns
/// id,metric,value,unit,qualifier,period,site,label (any order, only value required, plus id or
/// metric per row). Relations: id,metric,formula. Errors name the file, line and column.
/// </summary>
internal static class CsvCheckReader
{
    private static readonly string[] FigureColumns = ["id", "metric", "value", "unit", "qualifier", "period", "site", "label"];

    private static readonly string[] RelationColumns = ["id", "metric", "formula"];

    public static CheckRequest Read(
        string figuresCsv,
        string? relationsCsv = null,
        string figuresName = "figures.csv",
        string relationsName = "relations.csv",
        CheckOptions? options = null,
        string? organization = null,
        string? period = null,
        int maxFigures = CheckRequestReader.DefaultMaxFigures)
    {
        var figures = ReadFigures(figuresCsv, figuresName, maxFigures);
        var relations = relationsCsv is null ? [] : ReadRelations(relationsCsv, relationsName);
        CheckRequestFields.CheckRelations(relations, figures);
        return new CheckRequest(organization, period, figures, relations, options ?? CheckOptions.Default);
    }

    public static IReadOnlyList<ReportedFigure> ReadFigures(string csv, string name = "figures.csv", int maxFigures = CheckRequestReader.DefaultMaxFigures)
    {
        var (header, rows) = Table(csv, name, FigureColumns, "value");
        if (rows.Count > maxFigures)
        {
            throw new InputException(name, $"{rows.Count} figures", $"at most {maxFigures} figures per request");
        }

        var figures = new List<ReportedFigure>(rows.Count);
        foreach (var (line, fields) in rows)
        {
            string? Get(string column) => header.TryGetValue(column, out var i) && i < fields.Count && fields[i].Length > 0 ? fields[i] : null;
            string At(string column) => $"{name} line {line} column {column}";
            var value = Get("value") ?? throw new InputException(At("value"), null, "the value as printed, e.g. \"721,117.23\"", InputError.Missing);
            var figure = CheckRequestFields.BuildFigure(
                Get("id"), Get("metric"), value, Get("unit"),
                Get("qualifier"), Get("period"), Get("site"), Get("label"), At);
            figures.Add(figure with { Source = $"{name} line {line}" });
        }

        CheckRequestFields.RejectDuplicateIds(figures);
        return figures;
    }

    public static IReadOnlyList<CustomRelation> ReadRelations(string csv, string name = "relations.csv")
    {
        var (header, rows) = Table(csv, name, RelationColumns, "id", "metric", "formula");
        return [.. rows.Select(row =>
        {
            string? Get(string column) => header.TryGetValue(column, out var i) && i < row.Fields.Count && row.Fields[i].Length > 0 ? row.Fields[i] : null;
            var relation = CheckRequestFields.BuildRelation(Get("id"), Get("metric"), Get("formula"), column => $"{name} line {row.Line} column {column}");
            return relation with { Source = $"{name} line {row.Line}" };
        })];
    }

    /// <summary>RFC 4180 records with the physical line each starts on; blank lines are skipped.</summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Fields)> Records(string csv, string name = "input.csv")
    {
        ArgumentNullException.ThrowIfNull(csv);
        var records = new List<(int, IReadOnlyList<string>)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var i = csv.Length > 0 && csv[0] == '\uFEFF' ? 1 : 0;
        for (; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < csv.Length && csv[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = true;
                    wasQuoted = true;
                    break;
                case '"':
                    throw new InputException($"{name} line {line}", field.ToString() + '"', "a quote only at the start of a field (RFC 4180: quote the whole field and double inner quotes)");
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (wasQuoted)
                    {
                        throw new InputException($"{name} line {line}", c.ToString(), "a ',' or the end of the line after a closing quote");
                    }

                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            throw new InputException($"{name} line {recordLine}", null, "a closing '\"' for the quoted field");
        }

        EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            wasQuoted = false;
            if (!(fields.Count == 1 && fields[0].Length == 0))
            {
                records.Add((recordLine, [.. fields]));
            }

            fields = [];
        }
    }

    private static (Dictionary<string, int> Header, List<(int Line, IReadOnlyList<string> Fields)> Rows) Table(
        string csv, string name, string[] known, params string[] required)
    {
        var records = Records(csv, name);
        if (records.Count == 0)
        {
            throw new InputException(name, null, $"a header row naming columns from {string.Join(",", known)}");
        }

        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        var (headerLine, headerFields) = records[0];
        for (var i = 0; i < headerFields.Count; i++)
        {
            var column = headerFields[i].Trim();
            if (!known.Contains(column, StringComparer.Ordinal) && !JsonInput.AnnotationFields.Contains(column))
            {
                throw new InputException($"{name} line {headerLine} column {i + 1}", column, $"a column name: {string.Join(", ", known)}");
            }

            if (!header.TryAdd(column, i))
            {
                throw new InputException($"{name} line {headerLine} column {i + 1}", column, "each column once");
            }
        }

        foreach (var column in required)
        {
            if (!header.ContainsKey(column))
            {
                throw new InputException($"{name} line {headerLine}", string.Join(",", headerFields), $"a \"{column}\" column (columns: {string.Join(",", known)})");
            }
        }

        var rows = new List<(int, IReadOnlyList<string>)>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Count > headerFields.Count)
            {
                throw new InputException($"{name} line {line}", string.Join(",", fields), $"at most {headerFields.Count} fields (as many as the header); quote values containing ','");
            }

            rows.Add((line, [.. fields.Select(f => f.Trim())]));
        }

        return (header, rows);
    }
}
