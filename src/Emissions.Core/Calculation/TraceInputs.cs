using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>Trace inputs from the two things a figure can be computed from: input amounts and other figures.</summary>
internal static class TraceInputs
{
    public static TraceInput Of(Amount amount) => new(amount.Path, amount.Measurement);

    public static TraceInput Of(MetricValue metric) => new(metric.Field, new Measurement(metric.Value, metric.Unit));
}
