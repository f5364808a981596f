using System.Globalization;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Assertions over a <see cref="CheckReport"/> for tests of report arithmetic, framework-neutral: a failure throws
/// <see cref="CheckAssertionException"/> whose message gives each check's verdict and explanation.
/// A figure is named as the report names it: its id, else its metric id.
/// </summary>
public static class CheckAssert
{
    /// <summary>Every check of <paramref name="figure"/> is reproduced: recomputed and rounded as printed, it prints the same.</summary>
    public static IReadOnlyList<CheckResult> Reproduces(this CheckReport report, string figure) =>
        Expect(report, figure, "reproduced", c => c.Verdict == Verdict.Reproduced);

    /// <summary>Every check of <paramref name="figure"/> is reproduced or consistent within the printed rounding or qualifier.</summary>
    public static IReadOnlyList<CheckResult> Consistent(this CheckReport report, string figure) =>
        Expect(report, figure, "reproduced or consistent", c => c.Verdict is Verdict.Reproduced or Verdict.Consistent);

    /// <summary>
    /// A check of <paramref name="figure"/> is discrepant by <paramref name="by"/> ("289.54 MWh"): the gap equals it to
    /// the precision it is written with (half a unit of its last digit), in its unit, whichever its sign.
    /// </summary>
    public static CheckResult Discrepant(this CheckReport report, string figure, string by)
    {
        ArgumentNullException.ThrowIfNull(by);
        var expected = Measurement.Parse(by);
        var tolerance = 0.5m * Pow10(-expected.Scale);
        var checks = Of(report, figure);
        foreach (var check in checks.Where(c => c.Verdict == Verdict.Discrepant && c.Deviation is not null))
        {
            var gap = Measurement.Parse(check.Deviation!.Absolute.ToString(CultureInfo.InvariantCulture), check.Deviation.Unit);
            if (gap.Dimension == expected.Dimension && Math.Abs(Math.Abs(gap.ConvertTo(expected.Unit).Value) - Math.Abs(expected.Value)) <= tolerance)
            {
                return check;
            }
        }

        throw new CheckAssertionException($"{figure}: expected discrepant by {by}; {Describe(checks)}");
    }

    private static List<CheckResult> Expect(CheckReport report, string figure, string what, Func<CheckResult, bool> holds)
    {
        var checks = Of(report, figure);
        return checks.All(holds) ? checks : throw new CheckAssertionException($"{figure}: expected {what}; {Describe(checks)}");
    }

    private static List<CheckResult> Of(CheckReport report, string figure)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(figure);
        var checks = report.Checks.Where(c => c.Figure == figure).ToList();
        return checks.Count > 0
            ? checks
            : throw new CheckAssertionException(
                $"{figure}: no relation checked it; checked: {string.Join(", ", report.Checks.Select(c => c.Figure).Distinct(StringComparer.Ordinal))}");
    }

    private static string Describe(IEnumerable<CheckResult> checks) =>
        string.Join("; ", checks.Select(c => $"{c.Relation}: {c.Verdict.ToString().ToLowerInvariant()} — {c.Explanation}"));

    private static decimal Pow10(int exponent)
    {
        var value = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            value /= 10m;
        }

        return value;
    }
}
