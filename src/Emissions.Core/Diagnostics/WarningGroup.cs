namespace Emissions.Diagnostics;

/// <summary>
/// Warnings of one code and group as listed: <see cref="Message"/> is the warning's own text when it stands alone, or
/// the group's text when <see cref="Count"/> warnings share it; <see cref="Details"/> holds each message.
/// </summary>
public sealed record WarningGroup(string Code, WarningSeverity Severity, int Count, string Message, IReadOnlyList<string> Details)
{
    /// <summary>The groups of <paramref name="warnings"/>, most severe first, otherwise in the order they first occurred.</summary>
    public static IReadOnlyList<WarningGroup> Of(IEnumerable<Warning> warnings)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        return [.. warnings
            .Select((warning, index) => (warning, index))
            .GroupBy(w => (w.warning.Code, Key: w.warning.Group ?? w.warning.Message))
            .Select(g =>
            {
                var first = g.First().warning;
                var count = g.Count();
                var message = count == 1 || first.Group is null ? first.Message : $"{first.Group} ({count}×)";
                return (group: new WarningGroup(first.Code, first.Severity, count, message, [.. g.Select(w => w.warning.Message)]), order: g.First().index);
            })
            .OrderBy(g => g.group.Severity)
            .ThenBy(g => g.order)
            .Select(g => g.group)];
    }

    /// <summary>Wire name of a severity: important, warning, note.</summary>
    public static string Wire(WarningSeverity severity) => severity switch
    {
        WarningSeverity.Important => "important",
        WarningSeverity.Warning => "warning",
        _ => "note",
    };
}
