using Emissions.Verification;

namespace Emissions.Cli.Output;

/// <summary>One CSV row per check (RFC 4180 quoting); numbers exact, in the checked figure's printed unit.</summary>
internal static class CheckCsvWriter
{
    private static readonly string[] Header =
    [
        "relation", "metric", "period", "site", "formula", "verdict", "reported_value", "unit", "reported_low", "reported_high",
        "recomputed_value", "recomputed_low", "recomputed_high", "deviation_absolute", "deviation_relative_percent", "material", "implied", "explanation",
    ];

    public static void Write(TextWriter output, CheckReport report)
    {
        output.WriteLine(string.Join(",", Header));
        foreach (var c in report.Checks)
        {
            string?[] fields =
            [
                c.Relation, c.Metric, c.Period, c.Site, c.Formula, c.Verdict.Name(),
                c.Reported.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), c.Reported.Unit, N(c.Reported.Low), N(c.Reported.High),
                N(c.Recomputed?.Value), N(c.Recomputed?.Low), N(c.Recomputed?.High),
                N(c.Deviation?.Absolute), N(c.Deviation?.Relative * 100m), c.Material ? "true" : "false",
                string.Join("; ", c.Implied.Select(i => $"{i.Name}={CheckReportJson.Number(i.Value)}{(i.Unit.Length > 0 ? " " + i.Unit : "")}")),
                c.Explanation,
            ];
            output.WriteLine(string.Join(",", fields.Select(Quote)));
        }
    }

    private static string? N(decimal? value) => value is { } v ? CheckReportJson.Number(v) : null;

    private static string Quote(string? field)
    {
        if (field is null)
        {
            return "";
        }

        return field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
