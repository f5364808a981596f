using Emissions.Diagnostics;

namespace Emissions.Factors;

/// <summary>The factor chosen for a query, why, and any warning (a fallback, an override, a non-confirmed value).</summary>
public sealed record FactorResolution(Factor Factor, string Reason, IReadOnlyList<Warning> Warnings, bool Overridden = false);
