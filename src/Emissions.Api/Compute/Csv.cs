using System.Text;

namespace Emissions.Api.Compute;

/// <summary>RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF.</summary>
public static class Csv
{
    public const string MediaType = "text/csv";

    public static string Write(ResultTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        AppendRow(text, table.Columns);
        foreach (var row in table.Rows)
        {
            AppendRow(text, row);
        }

        return text.ToString();
    }

    private static void AppendRow(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            var cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                text.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                text.Append(cell);
            }
        }

        text.Append("\r\n");
    }
}
