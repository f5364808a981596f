using System.Globalization;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>The verdict table of a check (the CLI's --format csv, the service's text/csv): one row per check, numbers exact, in the checked figure's printed unit.</summary>
internal static class CheckTable
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "relation", "figure", "metric", "period", "site", "formula", "verdict", "reported_value", "unit", "reported_low", "reported_high",
        "recomputed_value", "recomputed_low", "recomputed_high", "deviation_absolute", "deviation_relative_percent", "material", "implied", "explanation",
    ];

    /// <summary>One row per check in <see cref="Columns"/> order; null for an empty cell.</summary>
    public static IReadOnlyList<IReadOnlyList<string?>> Rows(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [.. report.Checks.Select(c => (IReadOnlyList<string?>)
        [
            c.Relation, c.Figure, c.Metric, c.Period, c.Site, c.Formula, c.Verdict.Name(),
            c.Reported.Value?.ToString(CultureInfo.InvariantCulture), c.Reported.Unit, N(c.Reported.Low), N(c.Reported.High),
            N(c.Recomputed?.Value), N(c.Recomputed?.Low), N(c.Recomputed?.High),
            N(c.Deviation?.Absolute), N(c.Deviation?.Relative * 100m), c.Material ? "true" : "false",
            string.Join("; ", c.Implied.Select(i => $"{i.Name}={CheckReportJson.Number(i.Value)}{(i.Unit.Length > 0 ? " " + i.Unit : "")}")),
            c.Explanation,
        ])];
    }

    private static string? N(decimal? value) => value is { } v ? CheckReportJson.Number(v) : null;
}
