using Emissions.Factors;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Factor references in formulas (<c>@absorption-rate[forest]</c>) answered from a factor set: the one
/// factor the set has for that parameter and carrier. None, or more than one (the set would have to
/// choose by region or year, which a published figure does not say), answers null, and the checker
/// reports the relation as unverifiable naming the factor.
/// </summary>
internal static class FactorSetLookup
{
    public static Func<FactorReference, Quantity?> For(FactorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return reference =>
        {
            ArgumentNullException.ThrowIfNull(reference);
            if (!FactorParameterNames.TryParse(reference.Parameter, out var parameter))
            {
                return null;
            }

            var matches = set.Factors
                .Where(f => f.Parameter == parameter && string.Equals(f.Applicability.Carrier, reference.Carrier, StringComparison.Ordinal))
                .Take(2)
                .ToList();
            return matches.Count == 1 ? matches[0].Value.Quantity : null;
        };
    }
}
