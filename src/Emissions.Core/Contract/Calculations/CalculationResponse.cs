using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// The CONTRACT "Calculate" response: metrics with traces, the pinned factor set, every warning's message (most
/// severe first), and <see cref="Diagnostics"/>: the warnings with code and severity, repeated ones grouped with a count.
/// </summary>
public sealed record CalculationResponse(
    IReadOnlyList<CalculationResponse.MetricDto> Metrics,
    CalculationResponse.FactorSetDto FactorSet,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<CalculationResponse.DiagnosticDto> Diagnostics)
{
    public static CalculationResponse From(CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CalculationResponse(
            [.. result.Metrics.Select(m => new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, TraceDto.From(m.Trace)))],
            new FactorSetDto(result.FactorSetId, result.ContentHash),
            [.. result.Warnings.OrderBy(w => w.Severity).Select(w => w.Message)],
            [.. WarningGroup.Of(result.Warnings).Select(g => new DiagnosticDto(g.Code, WarningGroup.Wire(g.Severity), g.Count, g.Message, g.Count > 1 ? g.Details : null))]);
    }

    /// <summary>Warnings of one code and group: <c>details</c> lists each message when <c>count</c> is above one.</summary>
    public sealed record DiagnosticDto(string Code, string Severity, int Count, string Message, IReadOnlyList<string>? Details);

    public sealed record MetricDto(string Id, string Value, string Unit, string? Site, TraceDto Trace);

    public sealed record FactorSetDto(string Id, string ContentHash);

    public sealed record TraceDto(string Formula, IReadOnlyList<TraceInput> Inputs, IReadOnlyList<TraceFactor> Factors, IReadOnlyList<string> Notes)
    {
        public static TraceDto From(Trace trace)
        {
            ArgumentNullException.ThrowIfNull(trace);
            return new TraceDto(trace.Formula, trace.Inputs, trace.Factors, trace.Notes);
        }
    }
}
