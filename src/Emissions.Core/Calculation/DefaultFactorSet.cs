using System.Globalization;
using Emissions.Factors;

namespace Emissions.Calculation;

/// <summary>
/// The factor set a calculation gets when it names none. Sets declare the countries they are the default for
/// (<see cref="FactorSet.DefaultFor"/>); the inventory's country is its <c>region</c>, else that of its first
/// electricity line. Of that country's defaults, the one for the period's reporting year wins, else the newest
/// earlier one — never a later one, whose factors were published for a later year: that is refused, naming it.
/// </summary>
internal static class DefaultFactorSet
{
    /// <summary>
    /// The default for <paramref name="inventory"/> among <paramref name="sets"/>. On success
    /// <paramref name="explanation"/> is the warning that names the choice and how to pin another; otherwise it
    /// says why no set fits and which comes closest.
    /// </summary>
    public static bool TryChoose(Inventory.Inventory inventory, IEnumerable<FactorSet> sets, out FactorSet? chosen, out string explanation)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(sets);
        chosen = null;
        const string pin = "name one in \"factorSet\" (CLI: --factor-set) to pin it or choose another";
        if (inventory.DefaultRegion is not { } region)
        {
            explanation = "the request names no factor set, and has no \"region\" or electricity line by which to choose a default; " + pin;
            return false;
        }

        var country = Regions.NationalOf(region) ?? region;
        var defaults = sets.Where(s => s.DefaultFor.Contains(country, StringComparer.Ordinal) && s.ReportingYear is not null)
            .OrderByDescending(s => s.ReportingYear).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (defaults.Count == 0)
        {
            explanation = $"the request names no factor set, and no shipped set is a default for {country} (from region {region}); {pin}";
            return false;
        }

        if (inventory.Year is not { } year)
        {
            chosen = defaults[0];
            explanation = $"no factor set named and no period given: using {chosen.Id}, the newest default set for {country} " +
                $"(reporting year {Year(chosen)}); {pin}";
            return true;
        }

        chosen = defaults.FirstOrDefault(s => s.ReportingYear <= year);
        if (chosen is null)
        {
            var closest = defaults[^1];
            explanation = $"the request names no factor set, and the default sets for {country} are all for reporting years after {Year(year)}; " +
                $"the closest is {closest.Id} (reporting year {Year(closest)}), whose factors were published for a later year; {pin}";
            return false;
        }

        explanation = chosen.ReportingYear == year
            ? $"no factor set named: using {chosen.Id}, the default set for {country} and reporting year {Year(year)}; {pin}"
            : $"no factor set named: using {chosen.Id} (reporting year {Year(chosen)}), the newest default set for {country} " +
              $"not after reporting year {Year(year)}, which has none of its own; {pin}";
        return true;
    }

    private static string Year(FactorSet set) => Year(set.ReportingYear!.Value);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
