using System.Globalization;
using System.Text;
using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Calculation;

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
        var rows = result.Metrics.Select(m => new[]
        {
            m.Site is null ? m.Id : $"{m.Id} @{m.Site}",
            DecimalText.Exact(DecimalText.RoundToSignificant(m.Value, TableSignificantDigits)),
            m.Unit.Symbol,
            m.Trace.Formula,
        }).ToList();
        var header = new[] { "metric", "value", "unit", "formula" };
        var widths = Enumerable.Range(0, 3).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        var sb = new StringBuilder();
        void Line(string[] cells) => sb.Append(cells[0].PadRight(widths[0])).Append("  ").Append(cells[1].PadLeft(widths[1])).Append("  ")
            .Append(cells[2].PadRight(widths[2])).Append("  ").Append(cells[3]).Append('\n');
        Line(header);
        rows.ForEach(Line);
        sb.Append(CultureInfo.InvariantCulture, $"\nfactor set {result.FactorSetId} ({result.ContentHash}); values to {TableSignificantDigits} significant digits, --format json for exact values\n");
        foreach (var group in WarningGroup.Of(result.Warnings))
        {
            sb.Append(WarningGroup.Wire(group.Severity)).Append(": ").Append(group.Message).Append('\n');
        }

        return sb.ToString();
    }

    // RFC 4180: quote fields with commas, quotes or line breaks; double the quotes.
    internal static string Csv(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
