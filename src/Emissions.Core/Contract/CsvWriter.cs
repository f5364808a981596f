namespace Emissions.Contract;

/// <summary>
/// The one CSV writer of the command line and the service (RFC 4180): CRLF line ends, a field quoted when it holds a
/// comma, quote, CR or LF, quotes doubled. Rows go straight to the writer: a 100,000-line answer is never one string.
/// </summary>
internal static class CsvWriter
{
    public const string MediaType = "text/csv";

    /// <summary>The header row, then each row.</summary>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="columns">The header.</param>
    /// <param name="rows">The rows, cells in column order; a null cell is written empty.</param>
    public static void Write(TextWriter output, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        WriteRow(output, columns);
        foreach (var row in rows)
        {
            WriteRow(output, row);
        }
    }

    /// <summary>The CSV text of a table (the service answers with one string).</summary>
    /// <param name="columns">The header.</param>
    /// <param name="rows">The rows, cells in column order; a null cell is written empty.</param>
    public static string ToText(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(text, columns, rows);
        return text.ToString();
    }

    /// <summary>One row and its CRLF.</summary>
    /// <param name="output">Where the row goes.</param>
    /// <param name="cells">The cells; a null cell is written empty.</param>
    public static void WriteRow(TextWriter output, IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(cells);
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            var cell = cells[i] ?? "";
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                output.Write('"');
                output.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                output.Write('"');
            }
            else
            {
                output.Write(cell);
            }
        }

        output.Write("\r\n");
    }
}
