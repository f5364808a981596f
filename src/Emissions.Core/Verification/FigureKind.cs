using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// How a printed figure's canonical value maps onto its metric's kind: GHG printed in 萬噸 is
/// CO2e (factor 1), water printed in 噸 is m³ (factor 1/1000, <see cref="KindCoercion"/>), and a
/// headcount printed as a bare number is persons. Null when the figure cannot stand for the metric
/// (a WUE printed with no unit).
/// </summary>
internal sealed record FigureKind(Dimension Dimension, decimal Factor, string? Note)
{
    // The answer depends only on the metric and the printed kind, and both are immutable: it is worked
    // out once per pair instead of for every figure of every request (reading and checking ask twice).
    private static readonly ConditionalWeakTable<MetricDefinition, ConcurrentDictionary<Dimension, FigureKind?>> Cache = [];

    /// <summary>
    /// The kind of <paramref name="figure"/>'s catalogue metric as printed: the one it was read with when that still fits
    /// (<see cref="KnownKind"/>), else found. Null when it has no catalogue metric or cannot stand for it.
    /// </summary>
    public static FigureKind? Of(ReportedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.KnownKind.TryFor(figure, out var known))
        {
            return known;
        }

        return figure.Metric is not null && MetricCatalog.TryFind(figure.Metric, out var metric) ? Of(figure.Printed, metric) : null;
    }

    public static FigureKind? Of(Measurement printed, MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var byDimension = Cache.GetValue(metric, _ => new ConcurrentDictionary<Dimension, FigureKind?>());
        var dimension = printed.Dimension;
        return byDimension.TryGetValue(dimension, out var kind) ? kind : byDimension.GetOrAdd(dimension, Find(dimension, metric));
    }

    private static FigureKind? Find(Dimension printed, MetricDefinition metric)
    {
        if (printed.IsDimensionless && metric.Kind == Dimension.PersonDim)
        {
            return new FigureKind(Dimension.PersonDim, 1m, $"{metric.Id}: a bare number read as persons");
        }

        try
        {
            var one = KindCoercion.ToKind(new Quantity(1m, printed), metric, out var note);
            return new FigureKind(one.Dimension, one.CanonicalValue, note);
        }
        catch (QuantityException)
        {
            return null;
        }
    }
}
