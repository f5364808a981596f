using System.Globalization;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Attribution;

/// <summary>
/// Which factor set, and which factor of the library, reproduce a calculation's printed totals. The rule (stated in every
/// answer): every given set that can calculate the inventory — whatever its reporting year, since a report may have used
/// an older or newer set than its period's — as shipped, and with one factor it used replaced at a time by each other
/// factor of the library for the same parameter, carrier and gas (any publisher, edition, year and region; grid factors
/// only of the inventory's country), and with its GWPs replaced by each other assessment report's. Each combination is
/// calculated without the printed totals (so the calculation, not the print, gives each total) and compared with the
/// print at its printed precision.
/// </summary>
public static class CalculationAttributor
{
    /// <summary>Calculates the inventory with every given set, as shipped and with each of the library's grid factors for its country, and says which combinations reproduce its printed totals at their printed precision.</summary>
    /// <param name="inventory">The inventory, with its printed totals (<c>$.totals</c>) and its country (<c>$.region</c> or an electricity line's).</param>
    /// <param name="sets">The factor sets to try, each as for its own reporting year.</param>
    /// <param name="library">Every factor known, from which the country's grid factors are taken.</param>
    /// <returns>Each combination's totals against the print, and the sets that could not calculate the inventory with why.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">The inventory has no printed totals (<c>$.totals</c>) or no country (<c>$.region</c>).</exception>
    public static CalculationAttributionReport Attribute(Inventory.Inventory inventory, IEnumerable<FactorSet> sets, IEnumerable<Factor> library)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(library);
        if (inventory.Totals.Count == 0)
        {
            throw new InputException("$.totals", null, "the printed totals to attribute, e.g. {\"ghg.total\": \"69.44 万吨\"}", InputError.Missing);
        }

        NewInputRules.Require(inventory, "$");
        if (inventory.DefaultRegion is not { } region)
        {
            throw new InputException("$.region", null, "the inventory's country (\"region\", or an electricity line's), by which the grid factors that apply are chosen", InputError.Missing);
        }

        var country = Regions.NationalOf(region) ?? region;
        var alternatives = new FactorAlternatives(library, country);
        var unprinted = inventory with { Totals = new Dictionary<string, Amount>(StringComparer.Ordinal), Uncertainty = null };
        var runs = new List<Run>();
        var excluded = new List<ExcludedSet>();
        var tried = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var set in sets.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            // Each set as for its own reporting year: the question is which set was used, not which fits the period.
            var asOfSet = set.ReportingYear is { } year ? unprinted with { Period = year.ToString(CultureInfo.InvariantCulture) } : unprinted;
            CalculationResult baseline;
            try
            {
                baseline = CalculationRequest.Run(asOfSet, set);
            }
            catch (InputException ex)
            {
                excluded.Add(new ExcludedSet(set.Id, Refusal(ex)));
                continue;
            }

            runs.Add(new Run(set.Id, null, baseline));
            foreach (var swap in alternatives.For(UsedFactors(baseline, set)))
            {
                var overrides = unprinted.Overrides.Where(o => !swap.Overrides.ContainsKey(o.Factor))
                    .Concat(swap.Overrides.Select(o => new OverrideInput(o.Key, new Amount(o.Value, "$.overrides"), "$.overrides")))
                    .ToList();
                try
                {
                    runs.Add(new Run(set.Id, swap, CalculationRequest.Run(asOfSet with { Overrides = overrides }, set)));
                    tried.Add(swap.Parameter);
                }
                catch (InputException)
                {
                    // A factor of another kind (tCO2e where the set's is tCO2, per volume where the set's is per mass) cannot stand in for the set's.
                }
            }
        }

        var totals = inventory.Totals.Select(t => Attribute(t.Key, t.Value, runs)).ToList();
        var shipped = runs.Count(r => r.Swap is null);
        var rule = $"every factor set that can calculate the inventory ({shipped} of {shipped + excluded.Count}), each as for its own reporting year, "
            + "as shipped and with one factor it used replaced at a time by each other factor of the library for the same parameter, carrier and gas "
            + $"(any publisher, edition, year and region; grid factors only of {country}), and with its GWPs replaced by each other assessment report's"
            + (tried.Count > 0 ? $" (replaced: {string.Join(", ", tried)})" : "")
            + "; each calculated without the printed totals and compared with them at their printed precision";
        return new CalculationAttributionReport(rule, country, inventory.Period, runs.Count, totals, excluded);
    }

    /// <summary>The set's factors the calculation used (the ones another factor may replace), in id order.</summary>
    private static List<Factor> UsedFactors(CalculationResult result, FactorSet set)
    {
        var own = set.Factors.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return [.. result.Metrics.SelectMany(m => m.Trace.Factors).Select(f => f.Id).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Where(own.ContainsKey).Select(id => own[id])];
    }

    private static TotalAttribution Attribute(string metric, Amount printed, List<Run> runs)
    {
        var definition = MetricCatalog.Find(metric);
        var unit = definition.CanonicalUnit;
        var target = KindCoercion.ToKind(printed.Quantity, definition, out _);
        // Half a step of the last printed digit, in the printed unit: "69.44 万吨" holds everything from 69.435 to 69.445 万吨.
        var halfStep = KindCoercion.ToKind(Quantity.From(0.5m / Pow10(printed.Measurement.Scale), printed.Measurement.Unit), definition, out _).CanonicalValue;
        var candidates = new List<(decimal Distance, AttributionCandidate Candidate)>();
        foreach (var (set, swap, result) in runs)
        {
            if (result.Find(metric) is not { } computed)
            {
                continue;
            }

            if (swap is not null && runs.Find(r => r.Set == set && r.Swap is null)!.Result.Find(metric) is { } shipped && shipped.Quantity == computed.Quantity)
            {
                continue; // the factor does not enter this total, or has the same value: the set as shipped already stands for it
            }

            var gap = computed.Quantity.CanonicalValue - target.CanonicalValue;
            var relative = target.CanonicalValue == 0m ? 0m : Math.Round(gap / target.CanonicalValue * 100m, 6);
            candidates.Add((Math.Abs(gap), new AttributionCandidate(set, swap is { Parameter: FactorAlternatives.GridParameter } ? swap.Factor : null,
                DecimalText.Exact(computed.Quantity.As(unit)), unit.Symbol,
                DecimalText.Exact(new Quantity(gap, target.Dimension).As(unit)),
                DecimalText.Exact(relative), Math.Abs(gap) <= halfStep)
            {
                Factor = swap?.Factor,
                Replaces = swap?.Replaces,
            }));
        }

        var ordered = candidates.OrderBy(c => c.Distance).ThenBy(c => c.Candidate.Label, StringComparer.Ordinal).Select(c => c.Candidate).ToList();
        return new TotalAttribution(metric, printed.Measurement.ToString(), [.. ordered.Where(c => c.Reproduces)], [.. ordered.Where(c => !c.Reproduces)]);
    }

    /// <summary>One calculation: a set as shipped (<see cref="Swap"/> null) or with one factor (or its GWPs) replaced.</summary>
    private sealed record Run(string Set, FactorSwap? Swap, CalculationResult Result);

    /// <summary>
    /// The calculation's refusal up to its expectation ("PATH: 'VALUE': REASON"): what a set has for a carrier can run to
    /// pages, and the answer says why a set was left out, not how to fix the inventory for it.
    /// </summary>
    private static string Refusal(InputException refusal)
    {
        var expectation = $"; expected {refusal.Expected}";
        return refusal.Reason is not null && refusal.Message.EndsWith(expectation, StringComparison.Ordinal)
            ? refusal.Message[..^expectation.Length]
            : refusal.Message;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
