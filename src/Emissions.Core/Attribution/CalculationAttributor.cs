using System.Globalization;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Attribution;

/// <summary>
/// Which factor set, and which grid factor, reproduce a calculation's printed totals. The rule (stated in every answer):
/// every given set that can calculate the inventory — whatever its reporting year, since a report may have used an
/// older or newer set than its period's — as shipped, and with each grid factor of the library for the inventory's
/// country (any publisher, edition, year and region of that country) in place of the set's own location-based
/// electricity factors. Each combination is calculated without the printed totals (so the calculation, not the
/// print, gives each total) and compared with the print at its printed precision.
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

        if (inventory.DefaultRegion is not { } region)
        {
            throw new InputException("$.region", null, "the inventory's country (\"region\", or an electricity line's), by which the grid factors that apply are chosen", InputError.Missing);
        }

        var country = Regions.NationalOf(region) ?? region;
        var grids = library.Where(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == "electricity"
                && f.Applicability.Region is { } r && (Regions.NationalOf(r) ?? r) == country)
            .GroupBy(f => f.Id, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
        var unprinted = inventory with { Totals = new Dictionary<string, Amount>(StringComparer.Ordinal), Uncertainty = null };
        var runs = new List<(string Set, AttributedFactor? Grid, CalculationResult Result)>();
        var excluded = new List<ExcludedSet>();
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
                excluded.Add(new ExcludedSet(set.Id, FirstSentence(ex.Message)));
                continue;
            }

            runs.Add((set.Id, null, baseline));
            var own = LocationGridFactors(baseline, set);
            if (own.Count == 0)
            {
                continue;
            }

            foreach (var grid in grids)
            {
                if (own.Count == 1 && own[0] == grid.Id)
                {
                    continue; // the set as shipped
                }

                var overrides = unprinted.Overrides.Where(o => !own.Contains(o.Factor))
                    .Concat(own.Select(id => new OverrideInput(id, new Amount(grid.Value, "$.overrides"), "$.overrides")))
                    .ToList();
                try
                {
                    runs.Add((set.Id, Named(grid), CalculationRequest.Run(asOfSet with { Overrides = overrides }, set)));
                }
                catch (InputException)
                {
                    // A grid factor of another kind (tCO2e where the set's is tCO2) cannot stand in for the set's: not a combination.
                }
            }
        }

        var totals = inventory.Totals.Select(t => Attribute(t.Key, t.Value, runs)).ToList();
        var rule = $"every factor set that can calculate the inventory ({runs.Count(r => r.Grid is null)} of {runs.Count(r => r.Grid is null) + excluded.Count}), each as for its own reporting year, "
            + $"as shipped and with each of the library's {grids.Count} grid factors for {country} (any publisher, edition, year and region) in place of its own "
            + "location-based electricity factors; each calculated without the printed totals and compared with them at their printed precision";
        return new CalculationAttributionReport(rule, country, inventory.Period, runs.Count, totals, excluded);
    }

    /// <summary>The location-based grid factors the calculation used for scope 2 (the ones another grid factor replaces).</summary>
    private static List<string> LocationGridFactors(CalculationResult result, FactorSet set)
    {
        var ids = set.Factors.Where(f => f.Parameter == FactorParameter.EmissionFactor && f.Applicability.Carrier == "electricity")
            .Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return result.Find("ghg.scope2") is { } scope2
            ? [.. scope2.Trace.Factors.Select(f => f.Id).Where(ids.Contains).Distinct(StringComparer.Ordinal)]
            : [];
    }

    private static AttributedFactor Named(Factor f) =>
        new(f.Id, f.Value.Value.ToString(CultureInfo.InvariantCulture), f.Value.Unit.Symbol, f.Edition.Title, f.Verification.ToWire());

    private static TotalAttribution Attribute(string metric, Amount printed, List<(string Set, AttributedFactor? Grid, CalculationResult Result)> runs)
    {
        var definition = MetricCatalog.Find(metric);
        var unit = definition.CanonicalUnit;
        var target = KindCoercion.ToKind(printed.Quantity, definition, out _);
        // Half a step of the last printed digit, in the printed unit: "69.44 万吨" holds everything from 69.435 to 69.445 万吨.
        var halfStep = KindCoercion.ToKind(Quantity.From(0.5m / Pow10(printed.Measurement.Scale), printed.Measurement.Unit), definition, out _).CanonicalValue;
        var candidates = new List<(decimal Distance, AttributionCandidate Candidate)>();
        foreach (var (set, grid, result) in runs)
        {
            if (result.Find(metric) is not { } computed)
            {
                continue;
            }

            if (grid is not null && runs.Find(r => r.Set == set && r.Grid is null).Result.Find(metric) is { } shipped && shipped.Quantity == computed.Quantity)
            {
                continue; // the grid factor does not enter this total: the set as shipped already stands for it
            }

            var gap = computed.Quantity.CanonicalValue - target.CanonicalValue;
            var relative = target.CanonicalValue == 0m ? 0m : Math.Round(gap / target.CanonicalValue * 100m, 6);
            candidates.Add((Math.Abs(gap), new AttributionCandidate(set, grid, DecimalText.Exact(computed.Quantity.As(unit)), unit.Symbol,
                DecimalText.Exact(new Quantity(gap, target.Dimension).As(unit)),
                DecimalText.Exact(relative), Math.Abs(gap) <= halfStep)));
        }

        var ordered = candidates.OrderBy(c => c.Distance).ThenBy(c => c.Candidate.Label, StringComparer.Ordinal).Select(c => c.Candidate).ToList();
        return new TotalAttribution(metric, printed.Measurement.ToString(), [.. ordered.Where(c => c.Reproduces)], [.. ordered.Where(c => !c.Reproduces)]);
    }

    /// <summary>The calculation's refusal up to the list of what the set has (which can run to pages).</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" The set has", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
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
