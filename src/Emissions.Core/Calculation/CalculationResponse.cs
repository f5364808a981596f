using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>The CONTRACT "Calculate" response: metrics with traces, the pinned factor set, warnings.</summary>
public sealed record CalculationResponse(
    IReadOnlyList<CalculationResponse.MetricDto> Metrics,
    CalculationResponse.FactorSetDto FactorSet,
    IReadOnlyList<string> Warnings)
{
    public static CalculationResponse From(CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new CalculationResponse(
            [.. result.Metrics.Select(m => new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, TraceDto.From(m.Trace)))],
            new FactorSetDto(result.FactorSetId, result.ContentHash),
            result.Warnings);
    }

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
