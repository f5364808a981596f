namespace Emissions.Attribution;

/// <summary>
/// Which factor sets and grid factors reproduce a calculation's printed totals (CONTRACT "Attribute"): the rule that
/// chose the combinations, each total's attribution, and the sets that do not apply and why.
/// </summary>
/// <param name="Rule">Which sets and factors were tried, in words.</param>
/// <param name="Country">The inventory's country.</param>
/// <param name="Period">The inventory's period, if given.</param>
/// <param name="Combinations">How many combinations were calculated.</param>
/// <param name="Totals">Each printed total's attribution.</param>
/// <param name="Excluded">The sets that could not calculate the inventory, with the reason.</param>
public sealed record CalculationAttributionReport(
    string Rule, string Country, string? Period, int Combinations, IReadOnlyList<TotalAttribution> Totals, IReadOnlyList<ExcludedSet> Excluded);

/// <summary>A set that does not apply to the inventory, and why.</summary>
/// <param name="FactorSet">The set's id.</param>
/// <param name="Reason">Why (the calculation's own error).</param>
public sealed record ExcludedSet(string FactorSet, string Reason);
