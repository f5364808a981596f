using Emissions.Calculation;

namespace Emissions.Spreadsheets;

/// <summary>
/// A calculation's results as an XLSX workbook: Metrics (each value exact, with the formula, the inputs
/// and the factor ids of its trace), Factors (every factor used, with its value, source and verification),
/// Warnings (by severity) and About (the factor set and its content hash, which pins the results).
/// </summary>
public static class CalculationWorkbook
{
    public static void Write(Stream output, CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var book = new XlsxBuilder();
        var metrics = book.Sheet("Metrics", true, 34, 14, 22, 12, 60, 60, 40, 40);
        metrics.Heading("Metric", "Site", "Value", "Unit", "Formula", "Inputs", "Factors", "Notes");
        foreach (var m in result.Metrics)
        {
            metrics.Row(m.Id, m.Site, m.Value, m.Unit.Symbol, m.Trace.Formula,
                string.Join("; ", m.Trace.Inputs.Select(i => $"{i.Field} = {i.Value} {i.Unit}".TrimEnd())),
                string.Join(" ", m.Trace.Factors.Select(f => f.Id)), string.Join("; ", m.Trace.Notes));
        }

        var factors = book.Sheet("Factors", true, 40, 16, 16, 70, 14, 12, 50);
        factors.Heading("Factor", "Value", "Unit", "Source", "Verification", "Overridden", "Why this factor");
        foreach (var f in result.Metrics.SelectMany(m => m.Trace.Factors).DistinctBy(f => f.Id))
        {
            factors.Row(f.Id, f.Value, f.Unit, f.Source, f.Verification, f.Overridden, f.Reason);
        }

        var warnings = book.Sheet("Warnings", true, 12, 34, 100);
        warnings.Heading("Severity", "Code", "Message");
        foreach (var w in result.Warnings.OrderByDescending(w => w.Severity))
        {
            warnings.Row(w.Severity.ToString().ToLowerInvariant(), w.Code, w.Message);
        }

        var about = book.Sheet("About", false, 26, 70);
        about.Heading("Item", "Value");
        about.Row("Factor set", result.FactorSetId);
        about.Row("Factor set content hash", result.ContentHash);
        about.Row("Metrics", result.Metrics.Count);
        about.Row("Warnings", result.Warnings.Count);
        book.Write(output);
    }
}
