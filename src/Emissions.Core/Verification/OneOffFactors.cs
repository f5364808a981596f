using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Factors given with a check rather than taken from a set (options.factors over HTTP, the CLI's --factor,
/// "@…" rows of a workbook's Options sheet): "absorption-rate[forest]" → "67 kgCO2/(mu·day)". They answer
/// the formulas' factor references before the factor set does.
/// </summary>
internal static class OneOffFactors
{
    public const string Example = "{\"absorption-rate[forest]\": \"67 kgCO2/(mu·day)\"}";

    /// <summary>"@absorption-rate[forest]" or "absorption-rate[forest]" → the reference; null when it is not of that shape.</summary>
    public static FactorReference? ParseReference(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim().TrimStart('@');
        var open = trimmed.IndexOf('[', StringComparison.Ordinal);
        if (open <= 0 || !trimmed.EndsWith(']'))
        {
            return null;
        }

        var parameter = trimmed[..open].Trim();
        var carrier = trimmed[(open + 1)..^1].Trim();
        return parameter.Length == 0 || carrier.Length == 0 ? null : new FactorReference(parameter, carrier);
    }

    /// <summary>One factor: its reference and its value with unit, or an error naming <paramref name="at"/>.</summary>
    public static (FactorReference Reference, Measurement Value) Parse(string reference, string value, string at)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(value);
        var parsed = ParseReference(reference)
            ?? throw new InputException(at, reference, "a factor reference parameter[carrier], e.g. absorption-rate[forest]");
        try
        {
            return (parsed, Measurement.Parse(value));
        }
        catch (QuantityException ex)
        {
            throw new InputException(at, value, ex, $"a value with its unit, e.g. \"67 kgCO2/(mu·day)\"");
        }
    }
}
