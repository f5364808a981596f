using System.Text;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>
/// The verdict table as CSV that Excel opens as it should: UTF-8 with a byte-order mark when asked (without
/// one Excel reads 萬噸 as mojibake), CRLF line ends, the printed label and the plain conclusion next to each
/// check, then the factor set with its content hash and every warning as rows of their own, so that a copy
/// filed as CSV loses nothing the working paper says.
/// </summary>
internal static class ExcelCheckCsv
{
    public static void Write(Stream output, CheckRequest request, CheckReport report, FactorSet? set, bool byteOrderMark)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(report);
        using var writer = new StreamWriter(output, new UTF8Encoding(byteOrderMark), leaveOpen: true) { NewLine = "\r\n" };
        var labels = request.Figures.GroupBy(f => f.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal);
        Row(writer, [.. CheckTable.Columns, "label", "conclusion"]);
        var rows = CheckTable.Rows(report);
        for (var i = 0; i < rows.Count; i++)
        {
            var check = report.Checks[i];
            Row(writer, [.. rows[i], labels.GetValueOrDefault(check.Figure), PlainConclusion.Of(check, request.Options)]);
        }

        writer.WriteLine();
        Row(writer, ["factor_set", set?.Id ?? "none", "content_hash", set?.ContentHash]);
        foreach (var flag in report.Flags)
        {
            Row(writer, ["warning", flag.Rule, string.Join(" ", flag.Figures), flag.Message]);
        }

        foreach (var note in report.Notes)
        {
            Row(writer, ["note", note]);
        }
    }

    private static void Row(StreamWriter writer, IReadOnlyList<string?> cells) =>
        writer.WriteLine(string.Join(",", cells.Select(Quote)));

    private static string Quote(string? cell)
    {
        cell ??= "";
        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
