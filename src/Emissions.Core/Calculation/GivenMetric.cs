using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>A figure taken as given from one input amount (a site's meter reading): its trace is that amount.</summary>
internal sealed class GivenMetric(string id, Quantity quantity, Unit unit, string? site, Amount amount, IReadOnlyList<string> notes)
    : MetricValue(id, quantity, unit, site)
{
    private protected override Trace RenderTrace() => new("given", [TraceInputs.Of(amount)], [], notes);
}
