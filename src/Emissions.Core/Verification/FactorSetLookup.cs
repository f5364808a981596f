using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
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
/// <remarks>
/// A set is immutable, so each answer is worked out once per set and reference and kept as long as the set is (a service
/// answers every request naming a shipped set from the same table instead of scanning the set's factors again).
/// </remarks>
internal static class FactorSetLookup
{
    private const int MaxKept = 1024;

    private static readonly ConditionalWeakTable<FactorSet, Func<FactorReference, Quantity?>> Lookups = [];

    public static Func<FactorReference, Quantity?> For(FactorSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return Lookups.GetValue(set, static s =>
        {
            var answers = new ConcurrentDictionary<FactorReference, Quantity?>();
            return reference =>
            {
                ArgumentNullException.ThrowIfNull(reference);

                // References come from callers' formulas: past a bound, answers are worked out and not kept.
                return answers.TryGetValue(reference, out var known) ? known
                    : answers.Count < MaxKept ? answers.GetOrAdd(reference, static (r, s) => Find(s, r), s)
                    : Find(s, reference);
            };
        });
    }

    private static Quantity? Find(FactorSet set, FactorReference reference)
    {
        if (!FactorParameterNames.TryParse(reference.Parameter, out var parameter))
        {
            return null;
        }

        var matches = set.Factors
            .Where(f => f.Parameter == parameter && string.Equals(f.Applicability.Carrier, reference.Carrier, StringComparison.Ordinal))
            .Take(2)
            .ToList();
        return matches.Count == 1 ? matches[0].Value.Quantity : null;
    }
}
