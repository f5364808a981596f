using System.Globalization;
using Emissions.Calculation;
using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Contract.Calculations;

/// <summary>
/// Presentations of a calculation for people and spreadsheets. CSV carries the exact values;
/// the text table rounds to <see cref="TableSignificantDigits"/> significant digits, and says so.
/// </summary>
internal static class CalculationTable
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
        var uncertainty = result.Uncertainty;
        var rows = result.Metrics.Select(m => new[]
        {
            m.Site is null ? m.Id : $"{m.Id} @{m.Site}",
            DecimalText.Exact(DecimalText.RoundToSignificant(m.Value, TableSignificantDigits)),
            m.Unit.Symbol,
            uncertainty is null ? "" : Interval(uncertainty.Find(m.Field)),
            m.Trace.Formula,
        }).ToList();
        var header = new[] { "metric", "value", "unit", uncertainty is null ? "" : "95 % Monte Carlo | first order", "formula" };
        var widths = Enumerable.Range(0, 4).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        void Line(string[] cells)
        {
            output.Write(cells[0].PadRight(widths[0]));
            output.Write("  ");
            output.Write(cells[1].PadLeft(widths[1]));
            output.Write("  ");
            output.Write(cells[2].PadRight(widths[2]));
            output.Write("  ");
            if (uncertainty is not null)
            {
                output.Write(cells[3].PadRight(widths[3]));
                output.Write("  ");
            }

            output.Write(cells[4]);
            output.Write('\n');
        }

        Line(header);
        rows.ForEach(Line);
        output.Write(string.Create(CultureInfo.InvariantCulture, $"\nfactor set {result.FactorSetId} ({result.ContentHash}); values to {TableSignificantDigits} significant digits, --format json for exact values\n"));
        if (uncertainty is not null)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"uncertainty: {uncertainty.Draws:N0} Monte Carlo draws, seed {uncertainty.Seed}; sources: "));
            output.Write(string.Join(", ", uncertainty.Sources.Select(Source)));
            output.Write('\n');
            foreach (var note in uncertainty.Notes)
            {
                output.Write("uncertainty: ");
                output.Write(note);
                output.Write('\n');
            }
        }

        foreach (var group in WarningGroup.Of(result.Warnings))
        {
            output.Write(WarningGroup.Wire(group.Severity));
            output.Write(": ");
            output.Write(group.Message);
            output.Write('\n');
        }
    }

    /// <summary>A figure's intervals in the table: "[low, high] | ±x %"; empty for a figure that depends on no uncertain input.</summary>
    private static string Interval(Uncertainty.MetricUncertainty? figure) =>
        figure is null ? "" : $"{figure.MonteCarlo} | ±{DecimalText.Exact(figure.AnalyticPercent)} %";

    /// <summary>"electricity ±2 % normal", "…:diesel.ncv 41.4–43.3 TJ/Gg (−3.7209 % / +0.6977 %, published: Table 1.2 …)", "… ±5 % normal (default)".</summary>
    private static string Source(Uncertainty.UncertaintySource s) => s.Range is { } range
        ? $"{s.Name} {range} ({(s.Below is { } below && s.Above is { } above ? $"−{DecimalText.Exact(below)} % / +{DecimalText.Exact(above)} %" : $"±{DecimalText.Exact(s.Percent)} %")}, published: {s.RangeSource})"
        : $"{s.Name} ±{DecimalText.Exact(s.Percent)} % {s.Distribution.ToString().ToLowerInvariant()}{(s.Basis == "request" ? "" : " (default)")}";
}
