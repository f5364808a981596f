using Emissions.Verification;

namespace Emissions.Cli.Output;

/// <summary>
/// The readable view of a check report: one row per check (verdict, figure, printed vs
/// recomputed, gap, the key implied value, the library factors that explain an implied factor), then the explanation of every check that is not
/// reproduced, the plausibility flags and the notes.
/// </summary>
internal static class CheckTableWriter
{
    private static readonly string[] Header = ["VERDICT", "FIGURE", "PRINTED", "RECOMPUTED", "GAP", "IMPLIED", "ATTRIBUTED"];

    public static void Write(TextWriter output, CheckReport report)
    {
        var title = string.Join(" ", new[] { report.Organization, report.Period }.Where(s => !string.IsNullOrEmpty(s)));
        var summary = report.Summary;
        output.WriteLine($"{(title.Length > 0 ? title + ": " : "")}{report.Checks.Count} check{(report.Checks.Count == 1 ? "" : "s")} — {summary["reproduced"]} reproduced, {summary["consistent"]} consistent, "
            + $"{summary["discrepant"]} discrepant ({summary["material"]} material), {summary["unverifiable"]} unverifiable");
        output.WriteLine();

        var rows = report.Checks.Select(Row).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(i => rows.Max(r => TextWidth.Of(r[i]))).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, i) => i == row.Length - 1 ? cell : TextWidth.PadRight(cell, widths[i]))).TrimEnd());
        }

        var details = report.Checks.Where(c => c.Verdict != Verdict.Reproduced).ToList();
        if (details.Count > 0)
        {
            output.WriteLine();
            foreach (var check in details)
            {
                output.WriteLine($"{check.Verdict.Name()} {check.Figure}: {check.Formula}");
                output.WriteLine($"  {check.Explanation}");
            }
        }

        foreach (var flag in report.Flags)
        {
            output.WriteLine();
            output.WriteLine($"FLAG {flag.Rule} ({string.Join(", ", flag.Figures)}): {flag.Message}");
            output.WriteLine($"  assumptions: {string.Join("; ", flag.Assumptions)}");
        }

        if (report.Notes.Count > 0)
        {
            output.WriteLine();
            foreach (var note in report.Notes)
            {
                output.WriteLine($"note: {note}");
            }
        }
    }

    private static string[] Row(CheckResult check)
    {
        var unit = check.Reported.Unit;
        var scale = check.Reported.Value?.Scale ?? 0;
        var printed = (check.Reported.Qualifier is { } q ? q + " " : "") + With(Display.Printed(check.Reported.Value ?? 0m), unit);
        var recomputed = check.Recomputed?.Value is { } r ? With(Display.Number(r, scale + 4), unit) : "—";
        var gap = check.Deviation is { } d
            ? Display.WithSign(d.Absolute, scale + 4) + (d.Relative is { } rel ? $" ({Display.Percent(rel, withSign: true)})" : "") + (check.Material ? " MATERIAL" : "")
            : "";
        var implied = check.Verdict == Verdict.Reproduced
            ? ""
            : check.Implied.OrderBy(i => i.Name.EndsWith(" conversion", StringComparison.Ordinal) ? 0 : 1)
                .Select(i => $"{i.Name} {Display.Number(i.Value, 6)}{(i.Unit.Length > 0 ? " " + i.Unit : "")}").FirstOrDefault() ?? "";
        var attributed = string.Join("; ", check.Attribution.Select(a => a.Closest()));
        return [check.Verdict.Name(), check.Figure, printed, recomputed, gap, implied, attributed];
    }

    private static string With(string number, string unit) => unit.Length == 0 ? number : $"{number} {unit}";
}
