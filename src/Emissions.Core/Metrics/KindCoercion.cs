using Emissions.Quantities;

namespace Emissions.Metrics;

/// <summary>
/// The two readings reports force on us, made explicit: GHG printed in 萬噸 means tonnes of
/// CO2e, and water printed in 噸 means m³ at 1 t = 1 m³. Each returns a note for the trace.
/// </summary>
internal static class KindCoercion
{
    public static Quantity ToKind(Quantity value, MetricDefinition metric, out string? note)
    {
        ArgumentNullException.ThrowIfNull(metric);
        note = null;
        if (value.Dimension == metric.Kind || metric.AlternativeKinds.Contains(value.Dimension) || SameCurrencyFree(value.Dimension, metric.Kind))
        {
            return value;
        }

        if (metric.Kind.Co2e == 1 && value.Dimension == (metric.Kind with { Co2e = 0, Mass = (sbyte)(metric.Kind.Mass + 1) }))
        {
            note = $"{metric.Id}: mass read as CO2e mass (the metric is CO2e)";
            return new Quantity(value.CanonicalValue, metric.Kind);
        }

        if (metric.Kind.Length == 3 && value.Dimension == (metric.Kind with { Length = 0, Mass = (sbyte)(metric.Kind.Mass + 1) }))
        {
            note = $"{metric.Id}: {WaterDensity.ConventionName}";
            return new Quantity(value.CanonicalValue / 1000m, metric.Kind);
        }

        throw new QuantityException(QuantityError.WrongKind, $"{metric.Id} is {metric.Kind}, got {value.Kind}");
    }

    private static bool SameCurrencyFree(Dimension a, Dimension b) =>
        a.Money != 0 && a with { Currency = null } == b with { Currency = null };
}
