using System.Globalization;
using System.Text.Json;
using Emissions.Calculation;
using Emissions.Verification;

namespace Emissions.Api.Submissions;

/// <summary>
/// What differs between two revisions of a submission: the stored documents leaf by leaf (JSON paths), and what they compute —
/// every metric of a calculation with its exact change, or every printed figure of a report with its verdicts.
/// </summary>
public static class RevisionComparison
{
    /// <summary>Every leaf (string, number, true/false/null) whose path or value differs, in the order of the later document, then the removed ones.</summary>
    public static IReadOnlyList<InputChange> Inputs(JsonElement from, JsonElement to)
    {
        var before = Leaves(from);
        var after = Leaves(to);
        var changes = new List<InputChange>();
        foreach (var (path, value) in after)
        {
            var had = before.TryGetValue(path, out var old);
            if (!had || old != value)
            {
                changes.Add(new InputChange(path, had ? old : null, value));
            }
        }

        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new InputChange(b.Key, b.Value, null)));
        return changes;
    }

    /// <summary>Every metric of either calculation, in the later one's order, then those only the earlier one has.</summary>
    public static IReadOnlyList<MetricChange> Metrics(CalculationResult from, CalculationResult to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var before = new Dictionary<string, MetricValue>(StringComparer.Ordinal);
        foreach (var metric in from.Metrics)
        {
            before.TryAdd(metric.Field, metric);
        }

        var changes = new List<MetricChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metric in to.Metrics)
        {
            if (!seen.Add(metric.Field))
            {
                continue;
            }

            // The same metric is in the same canonical unit in both; a unit that changed is compared in the later one's.
            decimal? old = before.TryGetValue(metric.Field, out var earlier) && earlier.Unit.Dimension == metric.Unit.Dimension ? earlier.Quantity.As(metric.Unit) : null;
            changes.Add(new MetricChange(metric.Field, metric.Id, metric.Unit.Symbol, old, metric.Value));
        }

        changes.AddRange(before.Values.Where(m => !seen.Contains(m.Field)).Select(m => new MetricChange(m.Field, m.Id, m.Unit.Symbol, m.Value, null)));
        return changes;
    }

    /// <summary>Every printed figure of either report with its verdicts ("reproduced", "discrepant, material" …).</summary>
    public static IReadOnlyList<FigureChange> Figures(CheckRequest fromRequest, CheckReport fromReport, CheckRequest toRequest, CheckReport toReport)
    {
        ArgumentNullException.ThrowIfNull(fromRequest);
        ArgumentNullException.ThrowIfNull(toRequest);
        var before = Printed(fromRequest, fromReport);
        var after = Printed(toRequest, toReport);
        var changes = after.Select(a => before.TryGetValue(a.Key, out var b)
                ? new FigureChange(a.Key, a.Value.Label ?? b.Label, b.Printed, a.Value.Printed, b.Verdicts, a.Value.Verdicts)
                : new FigureChange(a.Key, a.Value.Label, null, a.Value.Printed, null, a.Value.Verdicts))
            .ToList();
        changes.AddRange(before.Where(b => !after.ContainsKey(b.Key)).Select(b => new FigureChange(b.Key, b.Value.Label, b.Value.Printed, null, b.Value.Verdicts, null)));
        return changes;
    }

    private static Dictionary<string, (string? Label, string Printed, string Verdicts)> Printed(CheckRequest request, CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var verdicts = report.Checks.GroupBy(c => c.Figure, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(c => c.Material ? c.Verdict.Name() + ", material" : c.Verdict.Name())), StringComparer.Ordinal);
        var figures = new Dictionary<string, (string?, string, string)>(StringComparer.Ordinal);
        foreach (var figure in request.Figures)
        {
            figures.TryAdd(figure.Key, (figure.Label, figure.Printed.ToString(), verdicts.GetValueOrDefault(figure.Key, "not tested")));
        }

        return figures;
    }

    private static Dictionary<string, string> Leaves(JsonElement root)
    {
        var leaves = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(root, "$", leaves);
        return leaves;
    }

    private static void Walk(JsonElement element, string path, Dictionary<string, string> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, path + "." + property.Name, leaves);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]", leaves);
                    index++;
                }

                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString()!;
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }
}
