using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>What a <see cref="Checker"/> was built with: where factors and recomputed metrics come from, the plausibility rules and the attribution candidates.</summary>
internal sealed record CheckerSettings(
    Func<FactorReference, Quantity?>? Factors,
    Func<string, Quantity?>? Recompute,
    IReadOnlyList<IPlausibilityRule> Rules,
    FactorCandidates? Candidates);
