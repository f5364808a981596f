using Emissions.Inventory;

namespace Emissions.Calculation;

/// <summary>
/// A calculation's <c>period</c> names its reporting year, which picks the default factor set and the factors' data
/// year. A period with no year in it ("lots", "1e40", "NaN") was read as no period at all — the newest default set and
/// the set's own year, with a warning that said no period was given — so it is refused instead.
/// </summary>
internal static class ReportingPeriod
{
    public const string Expected = "a reporting year: a period whose first four digits are the year, e.g. \"2020\", \"2020-12\" or \"FY2020\"";

    /// <summary>Throws an <see cref="InputException"/> at <c>PATH.period</c> when the inventory has a period with no four-digit year.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="path">Where the inventory sits in its document (<c>$</c>, or <c>$.inputs</c> in a check).</param>
    public static void Require(Inventory.Inventory inventory, string path)
    {
        if (inventory.Period is { } period && inventory.Year is null)
        {
            throw new InputException($"{path}.period", period, Expected, InputError.InvalidValue, null, "no four-digit year in it");
        }
    }
}
