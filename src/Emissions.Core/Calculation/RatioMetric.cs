using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>A figure computed from two other figures (a site's PUE from its facility and IT energy), traced by reference to them.</summary>
internal sealed class RatioMetric(string id, Quantity quantity, Unit unit, string? site, string formula, MetricValue numerator, MetricValue denominator, IReadOnlyList<string> notes)
    : MetricValue(id, quantity, unit, site)
{
    private protected override Trace RenderTrace() => new(formula, [TraceInputs.Of(numerator), TraceInputs.Of(denominator)], [], notes);
}
