using Emissions.Calculation;

namespace Emissions.Spreadsheets;

/// <summary>
/// A calculation's results as an XLSX workbook: Metrics (each value exact, with the formula, the inputs
/// and the factor ids of its trace), Factors (every factor used, with its value, source and verification),
/// Warnings (by severity) and About (the factor set and its content hash, which pins the results).
/// </summary>
internal static class CalculationWorkbook
{
    public static void Write(Stream output, CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        var book = new XlsxBuilder();
        var u = result.Uncertainty;
        var metrics = u is null
            ? book.Sheet("Metrics", true, 34, 14, 22, 12, 60, 60, 40, 40)
            : book.Sheet("Metrics", true, 34, 14, 22, 12, 60, 60, 40, 40, 16, 16, 16, 16, 12, 40);
        string[] heading = ["Metric", "Site", "Value", "Unit", "Formula", "Inputs", "Factors", "Notes"];
        metrics.Heading(u is null ? heading
            : [.. heading, "95 % low (Monte Carlo)", "95 % high (Monte Carlo)", "95 % low (first order)", "95 % high (first order)", "± % (first order)", "Largest contributor"]);
        foreach (var m in result.Metrics)
        {
            object?[] row =
            [
                m.Id, m.Site, m.Value, m.Unit.Symbol, m.Trace.Formula,
                string.Join("; ", m.Trace.Inputs.Select(i => $"{i.Field} = {i.Value} {i.Unit}".TrimEnd())),
                string.Join(" ", m.Trace.Factors.Select(f => f.Id)), string.Join("; ", m.Trace.Notes),
            ];
            metrics.Row(u?.Find(m.Field) is { } mu
                ? [.. row, mu.MonteCarlo.Low, mu.MonteCarlo.High, mu.Analytic.Low, mu.Analytic.High, mu.AnalyticPercent,
                    mu.Contributions.Count == 0 ? null : $"{mu.Contributions[0].Source} ({mu.Contributions[0].Percent} % of the variance)"]
                : row);
        }

        if (u is not null)
        {
            // Where each interval comes from: every source with its percentage and basis, the draws and the seed. A factor's
            // published range has its limits in columns of their own (in the factor's unit), to compute with.
            var sources = book.Sheet("Uncertainty", true, 50, 12, 12, 14, 14, 14, 12, 14, 60);
            sources.Heading("Source", "Kind", "± %", "Distribution", "Lower", "Upper", "Unit", "Confidence (%)", "Basis");
            foreach (var s in u.Sources)
            {
                sources.Row(s.Name, s.Kind, s.Percent, s.Distribution.ToString().ToLowerInvariant(), s.Lower, s.Upper, s.RangeUnit, s.Confidence, s.Basis);
            }

            sources.Row($"Monte Carlo: {u.Draws:N0} draws, seed {u.Seed}; first order: GHG Protocol tool / IPCC 2006 Vol. 1 Ch. 3 Approach 1");
            foreach (var note in u.Notes)
            {
                sources.Row(note);
            }
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
