using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Emissions.Cli.Output;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Factors.Loading;
using Emissions.Spreadsheets;
using Emissions.Verification;

namespace Emissions.Cli.Tests.Fuzz;

/// <summary>
/// One generated request run as `emissions check` runs it (the request's factor set, attribution over the whole library)
/// and written in every format, and what the contract says must hold of the answer (docs/CONTRACT.md "Check",
/// docs/schemas/check-answer.schema.json).
/// </summary>
internal static partial class CheckAnswerInvariants
{
    private static readonly Lazy<FactorLibrary> Library = new(() => FactorLibrary.Load(CliHarness.RepositoryFactors));

    private static readonly HashSet<string> Verdicts = ["reproduced", "consistent", "discrepant", "unverifiable"];

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberPattern();

    // A documented input error names the figure's or relation's field: $.figures[2].value, $.relations[0].formula.
    [GeneratedRegex(@"^\$\.(figures|relations)\[\d+\]\.[a-z]+$|^\$\.options\.[A-Za-z]+$")]
    private static partial Regex FieldPattern();

    /// <summary>The start of the outcome of a request refused as bad input.</summary>
    public const string Refused = "refused: ";

    /// <summary>The outcome of one request: null when checked and written and every invariant holds, <see cref="Refused"/> and the field for a documented input error, else what broke.</summary>
    public static string? Violation(FuzzRequest fuzz, bool workingPaper = false)
    {
        CheckRequest request;
        CheckReport report;
        FactorSet? set;
        try
        {
            request = CheckRequestReader.Parse(Encoding.UTF8.GetBytes(fuzz.Json));
            set = FactorSetName.OfCheck(request)?.Find(Library.Value);
            report = CheckRun.Run(request, set, null, new FactorCandidates(() => Library.Value.Factors));
        }
        catch (InvalidInputException ex)
        {
            return ex.Field is { } field && FieldPattern().IsMatch(field) ? $"{Refused}{field}: {ex.Message}" : $"input error naming no figure field: {ex.GetType().Name} {ex.Field}: {ex.Message}";
        }
        catch (Exception ex)
        {
            return Describe(ex, "check");
        }

        string json;
        try
        {
            json = CheckReportJson.Write(report);
            CheckCsvWriter.Write(new StringWriter(), report);
            CheckTableWriter.Write(new StringWriter(), report);
            using var excel = new MemoryStream();
            ExcelCheckCsv.Write(excel, request, report, set, byteOrderMark: true);
            if (workingPaper)
            {
                using var paper = new MemoryStream();
                WorkingPaper.Write(paper, request, report, set);
            }
        }
        catch (Exception ex)
        {
            return Describe(ex, "write");
        }

        return JsonViolation(json, report) ?? ReportViolation(report);
    }

    private static string Describe(Exception ex, string step) =>
        $"{step}: {ex.GetType().Name}: {ex.Message} at {string.Join(" < ", (ex.StackTrace ?? "").Split('\n').Where(l => l.Contains("Emissions", StringComparison.Ordinal)).Take(5).Select(l => l.Trim().Split(" in ")[0]))}";

    /// <summary>The JSON answer against the schema's shapes: verdicts from the set, numbers that parse back, measures, counts.</summary>
    private static string? JsonViolation(string json, CheckReport report)
    {
        using var document = JsonDocument.Parse(json);
        var checks = document.RootElement.GetProperty("checks");
        if (checks.GetArrayLength() != report.Checks.Count)
        {
            return $"json: {checks.GetArrayLength()} checks, the report has {report.Checks.Count}";
        }

        foreach (var check in checks.EnumerateArray())
        {
            var verdict = check.GetProperty("verdict").GetString()!;
            if (!Verdicts.Contains(verdict))
            {
                return $"json: verdict '{verdict}'";
            }

            foreach (var view in new[] { "reported", "recomputed" })
            {
                if (check.TryGetProperty(view, out var v))
                {
                    foreach (var bound in new[] { "low", "high" })
                    {
                        if (NumberViolation(v.GetProperty(bound), $"{view}.{bound}") is { } bad)
                        {
                            return bad;
                        }
                    }

                    if (view == "recomputed" && NumberViolation(v.GetProperty("value"), "recomputed.value") is { } badValue)
                    {
                        return badValue;
                    }
                }
            }

            if (check.TryGetProperty("deviation", out var deviation))
            {
                if (MeasureViolation(deviation.GetProperty("absolute"), "deviation.absolute", null) is { } bad)
                {
                    return bad;
                }

                if (deviation.GetProperty("relative").ValueKind != JsonValueKind.Null
                    && MeasureViolation(deviation.GetProperty("relative"), "deviation.relative", "%") is { } badRelative)
                {
                    return badRelative;
                }
            }

            foreach (var implied in check.GetProperty("implied").EnumerateArray())
            {
                foreach (var member in new[] { "value", "low", "high" })
                {
                    if (NumberViolation(implied.GetProperty(member), $"implied.{member}") is { } bad)
                    {
                        return bad;
                    }
                }
            }

            if (check.TryGetProperty("ifExact", out var exact) && NumberViolation(exact.GetProperty("printsAs"), "ifExact.printsAs") is { } badExact)
            {
                return badExact;
            }
        }

        var summary = document.RootElement.GetProperty("summary");
        foreach (var verdict in Verdicts)
        {
            if (summary.GetProperty(verdict).GetInt32() != report.Checks.Count(c => Wire(c.Verdict) == verdict))
            {
                return $"json: summary.{verdict} does not count the checks";
            }
        }

        return summary.GetProperty("material").GetInt32() != report.Checks.Count(c => c.Material) ? "json: summary.material does not count the checks" : null;
    }

    private static string Wire(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string? NumberViolation(JsonElement element, string where) =>
        element.ValueKind == JsonValueKind.Null ? null
        : element.ValueKind != JsonValueKind.String || !NumberPattern().IsMatch(element.GetString()!)
            || !decimal.TryParse(element.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            ? $"json: {where} = {element} is not an exact decimal"
            : null;

    private static string? MeasureViolation(JsonElement element, string where, string? unit)
    {
        var text = element.GetString() ?? "";
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var number = space < 0 ? text : text[..space];
        var ok = NumberPattern().IsMatch(number)
            && decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
            && (unit is null || text[(space + 1)..] == unit);
        return ok ? null : $"json: {where} = '{text}' is not a number{(unit is null ? "" : " " + unit)}";
    }

    /// <summary>
    /// Whether two views' intervals share more than a point: views are the canonical intervals converted to the printed
    /// unit to nearest, so a bound within rounding of the other's (−3 × 10^-31 million kWh shown as 0) may touch it.
    /// </summary>
    private static bool Overlap(ValueView a, ValueView b)
    {
        var low = Max(a.Low, b.Low);
        var high = Min(a.High, b.High);
        return low is not { } l || high is not { } h || h > l;
    }

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    /// <summary>The report's own numbers against the verdict definitions.</summary>
    private static string? ReportViolation(CheckReport report)
    {
        foreach (var c in report.Checks)
        {
            var at = $"{c.Relation} for {c.Figure} ({c.Verdict})";
            if (c.Material && c.Verdict != Verdict.Discrepant)
            {
                return $"{at}: material but not discrepant";
            }

            if (c.Reported is { Low: { } rl, High: { } rh } && rl > rh)
            {
                return $"{at}: reported low {rl} above high {rh}";
            }

            if (c.Recomputed is { } r)
            {
                if (r.Low is { } low && r.High is { } high && low > high)
                {
                    return $"{at}: recomputed low {low} above high {high}";
                }

                if (r.Value is { } mid && ((r.Low is { } l && mid < l) || (r.High is { } h && mid > h)))
                {
                    return $"{at}: recomputed {mid} outside its own range [{r.Low}, {r.High}]";
                }

                if (c.Verdict == Verdict.Discrepant && !c.Formula.Contains('≥', StringComparison.Ordinal) && Overlap(c.Reported, r))
                {
                    return $"{at}: discrepant, but the reported [{c.Reported.Low}, {c.Reported.High}] and recomputed [{r.Low}, {r.High}] overlap";
                }

                if (c.Verdict == Verdict.Reproduced && r.Value is { } value && c.Reported.Value is { } printed
                    && Display.RoundTo(value, printed.Scale) != printed)
                {
                    return $"{at}: reproduced, but {value} rounds to {Display.RoundTo(value, printed.Scale)}, not the printed {printed}";
                }
            }

            if (c.Deviation is { } d && c.Recomputed?.Value is { } point && c.Reported.Value is { } face && d.Absolute != face - point)
            {
                return $"{at}: deviation {d.Absolute} is not {face} − {point}";
            }

            if (c.Deviation is { Relative: { } relative } dev && c.Recomputed?.Value is { } divisor
                && Math.Abs((double)relative - ((double)dev.Absolute / (double)divisor)) > (Math.Abs((double)relative) * 1e-12) + 1e-28)
            {
                return $"{at}: relative gap {relative} is not {dev.Absolute} / {divisor}";
            }

            foreach (var i in c.Implied)
            {
                if (i.Low is { } low && i.High is { } high && low > high)
                {
                    return $"{at}: implied {i.Name} low {low} above high {high}";
                }

                // The point solves the relation with every figure at face value, inside the printed intervals: inside the range
                // over them (up to the root finder's precision, for an unknown that occurs more than once).
                var slack = Math.Abs((double)i.Value) * 1e-6;
                if ((i.Low is { } below && (double)i.Value < (double)below - slack) || (i.High is { } above && (double)i.Value > (double)above + slack))
                {
                    return $"{at}: implied {i.Name} = {i.Value} outside its range [{i.Low}, {i.High}]";
                }
            }

            if (c.Explanation.Length == 0)
            {
                return $"{at}: no explanation";
            }
        }

        return null;
    }
}
