using System.Globalization;
using System.Text;
using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Calculation;

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

    public static string ToCsv(CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var sb = new StringBuilder().AppendJoin(',', Columns).Append('\n');
        foreach (var row in Rows(result))
        {
            sb.AppendJoin(',', row.Select(Csv)).Append('\n');
        }

        return sb.ToString();
    }

    public static string ToText(CalculationResult result)
    {
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
        var sb = new StringBuilder();
        void Line(string[] cells)
        {
            sb.Append(cells[0].PadRight(widths[0])).Append("  ").Append(cells[1].PadLeft(widths[1])).Append("  ").Append(cells[2].PadRight(widths[2])).Append("  ");
            if (uncertainty is not null)
            {
                sb.Append(cells[3].PadRight(widths[3])).Append("  ");
            }

            sb.Append(cells[4]).Append('\n');
        }

        Line(header);
        rows.ForEach(Line);
        sb.Append(CultureInfo.InvariantCulture, $"\nfactor set {result.FactorSetId} ({result.ContentHash}); values to {TableSignificantDigits} significant digits, --format json for exact values\n");
        if (uncertainty is not null)
        {
            sb.Append(CultureInfo.InvariantCulture, $"uncertainty: {uncertainty.Draws:N0} Monte Carlo draws, seed {uncertainty.Seed}; sources: ")
                .AppendJoin(", ", uncertainty.Sources.Select(s => $"{s.Name} ±{DecimalText.Exact(s.Percent)} % {s.Distribution.ToString().ToLowerInvariant()}{(s.Basis == "request" ? "" : " (default)")}"))
                .Append('\n');
            foreach (var note in uncertainty.Notes)
            {
                sb.Append("uncertainty: ").Append(note).Append('\n');
            }
        }

        foreach (var group in WarningGroup.Of(result.Warnings))
        {
            sb.Append(WarningGroup.Wire(group.Severity)).Append(": ").Append(group.Message).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A figure's intervals in the table: "[low, high] | ±x %"; empty for a figure that depends on no uncertain input.</summary>
    private static string Interval(Uncertainty.MetricUncertainty? figure) =>
        figure is null ? "" : $"{figure.MonteCarlo} | ±{DecimalText.Exact(figure.AnalyticPercent)} %";

    // RFC 4180: quote fields with commas, quotes or line breaks; double the quotes.
    internal static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
