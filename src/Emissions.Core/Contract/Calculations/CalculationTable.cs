using System.Globalization;
using Emissions.Calculation;
using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Contract.Calculations;

/// <summary>
/// Presentations of a calculation for people and spreadsheets. CSV carries the exact values;
/// the text table rounds to <see cref="TableSignificantDigits"/> significant digits, and says so.
/// </summary>
public static class CalculationTable
{
    public const int TableSignificantDigits = 10;

    /// <summary>The columns of the metric table (CSV, the service's text/csv answer).</summary>
    public static IReadOnlyList<string> Columns { get; } = ["metric", "site", "value", "unit", "formula", "factors"];

    /// <summary>One row per metric, in <see cref="Columns"/> order, values exact; factor ids separated by spaces.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Rows(CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Metrics.Select(m => (IReadOnlyList<string>)
            [m.Id, m.Site ?? "", m.ValueText, m.Unit.Symbol, m.Trace.Formula, string.Join(" ", m.Trace.Factors.Select(f => f.Id))])];
    }

    /// <summary>The metric table as CSV (<see cref="CsvWriter"/>: CRLF), row by row onto <paramref name="output"/>.</summary>
    /// <param name="output">Where the CSV goes.</param>
    /// <param name="result">The calculation.</param>
    public static void WriteCsv(TextWriter output, CalculationResult result) => CsvWriter.Write(output, Columns, Rows(result));

    /// <summary>The metric table for people, row by row onto <paramref name="output"/>.</summary>
    /// <param name="output">Where the table goes.</param>
    /// <param name="result">The calculation.</param>
    public static void WriteText(TextWriter output, CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var rows = result.Metrics.Select(m => new[]
        {
            m.Site is null ? m.Id : $"{m.Id} @{m.Site}",
            DecimalText.Exact(DecimalText.RoundToSignificant(m.Value, TableSignificantDigits)),
            m.Unit.Symbol,
            m.Trace.Formula,
        }).ToList();
        var header = new[] { "metric", "value", "unit", "formula" };
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        void Line(string[] cells)
        {
            output.Write(cells[0].PadRight(widths[0]));
            output.Write("  ");
            output.Write(cells[1].PadLeft(widths[1]));
            output.Write("  ");
            output.Write(cells[2].PadRight(widths[2]));
            output.Write("  ");
            output.Write(cells[3]);
            output.Write('\n');
        }

        Line(header);
        rows.ForEach(Line);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\nfactor set {result.FactorSetId} ({result.ContentHash}); values to {TableSignificantDigits} significant digits, --format json for exact values\n"));
        foreach (var group in WarningGroup.Of(result.Warnings))
        {
            output.Write(WarningGroup.Wire(group.Severity));
            output.Write(": ");
            output.Write(group.Message);
            output.Write('\n');
        }
    }
}
