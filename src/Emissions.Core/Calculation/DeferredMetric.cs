using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>An organisation-wide figure whose trace (often one input per inventory line) is rendered by a callback when read.</summary>
internal sealed class DeferredMetric(string id, Quantity quantity, Unit unit, string? site, Func<Trace> trace)
    : MetricValue(id, quantity, unit, site)
{
    private protected override Trace RenderTrace() => trace();
}
