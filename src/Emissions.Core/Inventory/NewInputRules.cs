using Emissions.Calculation;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;

namespace Emissions.Inventory;

/// <summary>
/// Refusals added after inventories were first stored (2026-12-07): each was accepted before and gave an answer that
/// said something else than the input meant. They apply to new input (<see cref="InputRules.Current"/>) only.
/// </summary>
internal static class NewInputRules
{
    private const string PeriodExpected = "a reporting year: a period whose first four digits are the year, e.g. \"2020\", \"2020-12\" or \"FY2020\"";

    /// <summary>Throws an <see cref="InputException"/> at the first member that breaks a rule, in document order of the rules' members.</summary>
    /// <param name="inventory">The inventory, as read.</param>
    /// <param name="path">Where the inventory sits in its document (<c>$</c>, or <c>$.inputs</c> in a check).</param>
    public static void Require(Inventory inventory, string path)
    {
        // A period with no year in it ("lots", "1e40", "NaN") was read as no period at all: the newest default set and
        // the set's own year, with a warning that said no period was given.
        if (inventory.Period is { } period && inventory.Year is null)
        {
            throw new InputException($"{path}.period", period, PeriodExpected, InputError.InvalidValue, null, "no four-digit year in it");
        }

        foreach (var site in inventory.DataCenters)
        {
            // The id names the site in every figure and warning about it; a blank one names nothing.
            if (string.IsNullOrWhiteSpace(site.Id))
            {
                throw new InputException($"{site.Path}.id", site.Id, "the site's name, e.g. \"dc-1\" (or leave id out: the sites are then named dc-1, dc-2 …)",
                    InputError.InvalidValue, null, "an id that is blank names no site");
            }
        }

        foreach (var (metric, amount) in inventory.Totals)
        {
            if (amount.Quantity.CanonicalValue < 0m && MetricCatalog.TryFind(metric, out var definition) && !CanBeNegative(definition))
            {
                throw new InputException($"{path}.totals['{metric}']", amount.ToString(), $"a total of zero or more for {metric}, e.g. \"0 {definition.CanonicalUnit.Symbol}\"",
                    InputError.InvalidValue, null, "a printed total of this metric is never below zero");
            }
        }
    }

    // A metric defined as a difference (water consumed: withdrawn less discharged) can come out below zero; every other
    // metric is a sum of amounts that are not negative.
    private static bool CanBeNegative(MetricDefinition definition) => definition.Definition?.Formula is Binary { Operator: '-' };
}
