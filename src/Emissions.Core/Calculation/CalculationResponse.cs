using Emissions.Diagnostics;
using Emissions.Quantities;
using Emissions.Uncertainty;

namespace Emissions.Calculation;

/// <summary>
/// The CONTRACT "Calculate" response: metrics with traces, the pinned factor set, every warning's message (most
/// severe first), and <see cref="Diagnostics"/>: the warnings with code and severity, repeated ones grouped with a count.
/// </summary>
public sealed record CalculationResponse(
    IReadOnlyList<CalculationResponse.MetricDto> Metrics,
    CalculationResponse.FactorSetDto FactorSet,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<CalculationResponse.DiagnosticDto> Diagnostics,
    CalculationResponse.UncertaintyDto? Uncertainty = null)
{
    public static CalculationResponse From(CalculationResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var u = result.Uncertainty;
        return new CalculationResponse(
            [.. result.Metrics.Select(m => Metric(m, u))],
            new FactorSetDto(result.FactorSetId, result.ContentHash),
            [.. result.Warnings.OrderBy(w => w.Severity).Select(w => w.Message)],
            [.. WarningGroup.Of(result.Warnings).Select(g => new DiagnosticDto(g.Code, WarningGroup.Wire(g.Severity), g.Count, g.Message, g.Count > 1 ? g.Details : null))],
            u is null ? null : new UncertaintyDto(u.Draws, u.Seed, [.. u.Sources.Select(SourceDto.From)], u.Notes));
    }

    /// <summary>A figure with its 95 % intervals (when the request gave an uncertainty), which its trace also states.</summary>
    private static MetricDto Metric(MetricValue m, UncertaintyResult? uncertainty)
    {
        var trace = TraceDto.From(m.Trace);
        if (uncertainty?.Find(m.Field) is not { } mu)
        {
            return new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, trace);
        }

        return new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, trace with { Notes = [.. trace.Notes, mu.Note(uncertainty.Draws, uncertainty.Seed)] },
            new MetricUncertaintyDto(IntervalDto.From(mu.MonteCarlo), IntervalDto.From(mu.Analytic), DecimalText.Exact(mu.AnalyticPercent),
                [.. mu.Contributions.Select(c => new ShareDto(c.Source, DecimalText.Exact(c.Percent)))]));
    }

    /// <summary>Warnings of one code and group: <c>details</c> lists each message when <c>count</c> is above one.</summary>
    public sealed record DiagnosticDto(string Code, string Severity, int Count, string Message, IReadOnlyList<string>? Details);

    public sealed record MetricDto(string Id, string Value, string Unit, string? Site, TraceDto Trace, MetricUncertaintyDto? Uncertainty = null);

    /// <summary>A figure's 95 % intervals side by side (CONTRACT "Uncertainty"): Monte Carlo, first order (with its ±%), and each source's share of the variance.</summary>
    public sealed record MetricUncertaintyDto(IntervalDto MonteCarlo, IntervalDto Analytic, string AnalyticPercent, IReadOnlyList<ShareDto> Contributions);

    public sealed record IntervalDto(string Low, string High)
    {
        public static IntervalDto From(UncertaintyInterval interval)
        {
            ArgumentNullException.ThrowIfNull(interval);
            return new IntervalDto(DecimalText.Exact(interval.Low), DecimalText.Exact(interval.High));
        }
    }

    public sealed record ShareDto(string Source, string Percent);

    /// <summary>How the intervals were obtained: draws, seed, every source with its percentage, distribution and basis, and notes.</summary>
    public sealed record UncertaintyDto(int Draws, int Seed, IReadOnlyList<SourceDto> Sources, IReadOnlyList<string> Notes);

    public sealed record SourceDto(string Name, string Kind, string Percent, string Distribution, string Basis)
    {
        public static SourceDto From(UncertaintySource source)
        {
            ArgumentNullException.ThrowIfNull(source);
            return new SourceDto(source.Name, source.Kind, DecimalText.Exact(source.Percent), source.Distribution.ToString().ToLowerInvariant(), source.Basis);
        }
    }

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
