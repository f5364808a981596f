using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>A figure computed from other figures and factors (a fleet sum, a site's emissions), traced by reference to them.</summary>
internal sealed class DerivedMetric(string id, Quantity quantity, Unit unit, string? site, string formula, IReadOnlyList<MetricValue> inputs, IReadOnlyList<TraceFactor> factors, IReadOnlyList<string> notes)
    : MetricValue(id, quantity, unit, site)
{
    private protected override Trace RenderTrace()
    {
        var traced = new TraceInput[inputs.Count];
        for (var i = 0; i < traced.Length; i++)
        {
            traced[i] = TraceInputs.Of(inputs[i]);
        }

        return new Trace(formula, traced, factors, notes);
    }
}
