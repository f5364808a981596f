using System.Text.Json.Serialization;
using Emissions.Calculation;
using Emissions.Diagnostics;
using Emissions.Quantities;
using Emissions.Uncertainty;

namespace Emissions.Contract.Calculations;

/// <summary>
/// The CONTRACT "Calculate" response: metrics with traces, the pinned factor set, every warning's message (most
/// severe first), and <see cref="Diagnostics"/>: the warnings with code and severity, repeated ones grouped with a count.
/// With <see cref="TraceDetail.Summary"/> traces, <see cref="Lines"/> holds every input line once and each trace refers
/// to its lines by index range; with <see cref="TraceDetail.None"/> the metrics carry no trace.
/// </summary>
internal sealed record CalculationResponse(
    IReadOnlyList<CalculationResponse.MetricDto> Metrics,
    CalculationResponse.FactorSetDto FactorSet,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<CalculationResponse.DiagnosticDto> Diagnostics,
    IReadOnlyList<TraceInput>? Lines = null,
    CalculationResponse.UncertaintyDto? Uncertainty = null)
{
    /// <summary>The trace detail this answer was written with (asked for, or chosen by size: <see cref="TraceDetails.ForLines"/>).</summary>
    [JsonIgnore]
    public TraceDetail Detail { get; init; } = TraceDetail.Full;

    /// <param name="result">The calculation.</param>
    /// <param name="detail">How much trace to give; none asked for: summary above <see cref="TraceDetails.SummaryAboveLines"/> input lines, full otherwise.</param>
    public static CalculationResponse From(CalculationResult result, TraceDetail? detail = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var metrics = result.Metrics;
        var u = result.Uncertainty;
        TraceDto?[] traces;
        IReadOnlyList<TraceInput>? lines = null;
        if (detail == TraceDetail.None)
        {
            traces = new TraceDto?[metrics.Count];
        }
        else if (detail == TraceDetail.Full)
        {
            traces = [.. metrics.Select(m => TraceDto.From(m.Trace))];
        }
        else
        {
            // Summary, or not asked: split every trace once, then keep the split only if the answer is large or summary was asked for.
            var table = new LineTable(metrics);
            var splits = metrics.Select(m => table.Of(m.Trace.Inputs)).ToList();
            detail ??= TraceDetails.ForLines(table.Lines.Count);
            if (detail == TraceDetail.Summary)
            {
                traces = [.. metrics.Select((m, i) => new TraceDto(m.Trace.Formula, splits[i].Figures, m.Trace.Factors, m.Trace.Notes) { Lines = splits[i].Lines })];
                lines = table.Lines;
            }
            else
            {
                traces = [.. metrics.Select(m => TraceDto.From(m.Trace))];
            }
        }

        return new CalculationResponse(
            [.. metrics.Select((m, i) => Metric(m, traces[i], u))],
            new FactorSetDto(result.FactorSetId, result.ContentHash),
            [.. result.Warnings.OrderBy(w => w.Severity).Select(w => w.Message)],
            [.. WarningGroup.Of(result.Warnings).Select(g => new DiagnosticDto(g.Code, WarningGroup.Wire(g.Severity), g.Count, g.Message, g.Count > 1 ? g.Details : null))],
            lines,
            u is null ? null : new UncertaintyDto(u.Draws, u.Seed, [.. u.Sources.Select(SourceDto.From)], u.Notes))
        {
            Detail = detail.Value,
        };
    }

    /// <summary>A figure with its 95 % intervals (when the request gave an uncertainty), which its trace also states.</summary>
    private static MetricDto Metric(MetricValue m, TraceDto? trace, UncertaintyResult? uncertainty)
    {
        if (uncertainty?.Find(m.Field) is not { } mu)
        {
            return new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, trace);
        }

        return new MetricDto(m.Id, m.ValueText, m.Unit.Symbol, m.Site, trace is null ? null : trace with { Notes = [.. trace.Notes, mu.Note(uncertainty.Draws, uncertainty.Seed)] },
            new MetricUncertaintyDto(IntervalDto.From(mu.MonteCarlo), IntervalDto.From(mu.Analytic), DecimalText.Exact(mu.AnalyticPercent),
                [.. mu.Contributions.Select(c => new ShareDto(c.Source, DecimalText.Exact(c.Percent)))]));
    }

    /// <summary>Warnings of one code and group: <c>details</c> lists each message when <c>count</c> is above one.</summary>
    public sealed record DiagnosticDto(string Code, string Severity, int Count, string Message, IReadOnlyList<string>? Details);

    /// <summary>A figure; <see cref="Trace"/> is null (left out) when the answer was asked for without traces.</summary>
    public sealed record MetricDto(string Id, string Value, string Unit, string? Site, TraceDto? Trace, MetricUncertaintyDto? Uncertainty = null);

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

    /// <summary>
    /// A figure's trace. Full: <see cref="Inputs"/> lists every input. Summary: <see cref="Inputs"/> lists the figures
    /// it is computed from and <see cref="Lines"/> the ranges of the answer's lines it uses.
    /// </summary>
    public sealed record TraceDto(string Formula, IReadOnlyList<TraceInput> Inputs, IReadOnlyList<TraceFactor> Factors, IReadOnlyList<string> Notes)
    {
        /// <summary>Summary traces only: the input lines used, as ranges of the answer's <c>lines</c>.</summary>
        [JsonPropertyOrder(1)]
        public IReadOnlyList<LineRange>? Lines { get; init; }

        public static TraceDto From(Trace trace)
        {
            ArgumentNullException.ThrowIfNull(trace);
            return new TraceDto(trace.Formula, trace.Inputs, trace.Factors, trace.Notes);
        }
    }
}
