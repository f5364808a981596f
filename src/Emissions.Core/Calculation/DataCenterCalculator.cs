using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>
/// Data-center metrics per site and for the fleet. The fleet figure is a ratio of sums
/// (ISO/IEC 30134-2 aggregates energy, not ratios); the unweighted mean of site PUEs is shown
/// beside it and a difference is flagged, because averaging ratios is a common reporting error.
/// </summary>
internal static class DataCenterCalculator
{
    public static void Calculate(CalculationContext context)
    {
        var sites = context.Inventory.DataCenters;
        if (sites.Count == 0)
        {
            return;
        }

        var first = context.Metrics.Count;
        var grids = new Dictionary<string, FactorResolution>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            Site(context, site, grids);
        }

        // The site metrics by id, in order, gathered once rather than scanning every metric per fleet sum.
        var bySite = new Dictionary<string, List<MetricValue>>(StringComparer.Ordinal);
        for (var i = first; i < context.Metrics.Count; i++)
        {
            var metric = context.Metrics[i];
            if (metric.Site is null)
            {
                continue;
            }

            if (!bySite.TryGetValue(metric.Id, out var list))
            {
                list = new List<MetricValue>(sites.Count);
                bySite[metric.Id] = list;
            }

            list.Add(metric);
        }

        Fleet(context, sites, bySite);
    }

    private static void Site(CalculationContext context, DataCenterInput dc, Dictionary<string, FactorResolution> grids)
    {
        var facility = Energy(context, "dc.energy.facility", dc.Id, dc.Facility);
        var it = Energy(context, "dc.energy.it", dc.Id, dc.It);
        var cooling = dc.Cooling is null ? null : Energy(context, "dc.energy.cooling", dc.Id, dc.Cooling);
        var loss = dc.PowerLoss is null ? null : Energy(context, "dc.energy.power-loss", dc.Id, dc.PowerLoss);
        MetricValue? other = null;
        if (cooling is not null && loss is not null)
        {
            var rest = facility.Quantity - it.Quantity - cooling.Quantity - loss.Quantity;
            if (rest.CanonicalValue < 0m)
            {
                throw new InputException(dc.Path, $"{dc.Facility} facility", $"facility energy at least IT + cooling + power loss ({DecimalText.Exact((it.Quantity + cooling.Quantity + loss.Quantity).As("MWh"))} MWh)");
            }

            other = Derived(context, "dc.energy.other", dc.Id, rest, "facility − IT − cooling − power loss", facility, it, cooling, loss);
        }

        Ratios(context, dc.Id, facility, it, cooling, loss, other);
        var renewable = dc.Renewable is null ? null : Energy(context, "dc.energy.renewable", dc.Id, dc.Renewable);
        var reused = dc.Reused is null ? null : Energy(context, "dc.energy.reused", dc.Id, dc.Reused);
        if (renewable is not null)
        {
            Derived(context, "dc.ref", dc.Id, renewable.Quantity / facility.Quantity, "dc.energy.renewable / dc.energy.facility", renewable, facility);
        }

        if (reused is not null)
        {
            Derived(context, "dc.erf", dc.Id, reused.Quantity / facility.Quantity, "dc.energy.reused / dc.energy.facility", reused, facility);
        }

        if (dc.Water is not null)
        {
            var water = WaterDensity.AsVolume(dc.Water.Quantity, out var converted);
            var waterMetric = context.Add(new MetricValue("dc.water", water, MetricCatalog.Find("dc.water").CanonicalUnit, dc.Id,
                new Trace("given", [CalculationContext.Input(dc.Water)], [], converted ? [WaterDensity.ConventionName] : [])));
            Derived(context, "dc.wue", dc.Id, water / it.Quantity, "dc.water / dc.energy.it", waterMetric, it);
        }

        if (dc.Region is not null)
        {
            var set = context.Resolver.FactorSet;
            if (!grids.TryGetValue(dc.Region, out var grid))
            {
                grid = context.Resolve(new FactorQuery(FactorParameter.EmissionFactor, "electricity", dc.Region, context.Year, set.ElectricityLocationBasis), $"{dc.Path}.region");
                grids[dc.Region] = grid;
            }

            var grey = facility.Quantity - (renewable?.Quantity ?? new Quantity(0m, Dimension.EnergyDim));
            var ghg = context.Add(new MetricValue("dc.ghg", grey * grid.Factor.Quantity, MetricCatalog.Find("dc.ghg").CanonicalUnit, dc.Id,
                new Trace("(dc.energy.facility − dc.energy.renewable) × grid factor", [context.InputOf(facility), .. renewable is null ? Array.Empty<TraceInput>() : [context.InputOf(renewable)]],
                    [context.Trace(grid)], ["renewable energy counted at zero emissions"])));
            Derived(context, "dc.cue", dc.Id, ghg.Quantity / it.Quantity, "dc.ghg / dc.energy.it", ghg, it);
        }
    }

    private static void Fleet(CalculationContext context, IReadOnlyList<DataCenterInput> sites, Dictionary<string, List<MetricValue>> bySite)
    {
        MetricValue? Sum(string id)
        {
            if (!bySite.TryGetValue(id, out var parts) || parts.Count != sites.Count)
            {
                return null;
            }

            var total = parts[0].Quantity;
            var inputs = new TraceInput[parts.Count];
            inputs[0] = context.InputOf(parts[0]);
            for (var i = 1; i < parts.Count; i++)
            {
                total += parts[i].Quantity;
                inputs[i] = context.InputOf(parts[i]);
            }

            return context.Add(new MetricValue(id, total, parts[0].Unit, null,
                new Trace($"Σ {id} over {parts.Count} sites", inputs, [], [])));
        }

        var facility = Sum("dc.energy.facility")!;
        var it = Sum("dc.energy.it")!;
        var cooling = Sum("dc.energy.cooling");
        var loss = Sum("dc.energy.power-loss");
        var other = Sum("dc.energy.other");
        var pue = Ratios(context, null, facility, it, cooling, loss, other);

        var sitePues = bySite.TryGetValue("dc.pue", out var pues) ? pues.ConvertAll(m => m.Quantity.CanonicalValue) : [];
        var mean = sitePues.Sum() / sitePues.Count;
        var note = $"unweighted mean of site PUEs: {DecimalText.Exact(mean)}";
        var fleetPue = pue with { Trace = pue.Trace with { Notes = [.. pue.Trace.Notes, note] } };
        Replace(context, pue, fleetPue);
        if (mean != pue.Quantity.CanonicalValue)
        {
            context.Warn($"fleet dc.pue {DecimalText.Exact(pue.Quantity.CanonicalValue)} is the ratio of summed facility to summed IT energy; the unweighted mean of the {sitePues.Count} site PUEs is {DecimalText.Exact(mean)} — a mean of ratios misstates the fleet");
        }

        foreach (var (id, numerator) in new[] { ("dc.wue", "dc.water"), ("dc.ref", "dc.energy.renewable"), ("dc.erf", "dc.energy.reused"), ("dc.cue", "dc.ghg") })
        {
            var sum = Sum(numerator);
            if (sum is not null)
            {
                var denominator = id is "dc.wue" or "dc.cue" ? it : facility;
                Derived(context, id, null, sum.Quantity / denominator.Quantity, $"Σ {numerator} / Σ {denominator.Id}", sum, denominator);
            }
        }
    }

    private static MetricValue Ratios(CalculationContext context, string? site, MetricValue facility, MetricValue it, MetricValue? cooling, MetricValue? loss, MetricValue? other)
    {
        var pue = Derived(context, "dc.pue", site, facility.Quantity / it.Quantity, "dc.energy.facility / dc.energy.it", facility, it);
        if (cooling is not null)
        {
            Derived(context, "dc.clf", site, cooling.Quantity / it.Quantity, "dc.energy.cooling / dc.energy.it", cooling, it);
        }

        if (loss is not null)
        {
            Derived(context, "dc.plf", site, loss.Quantity / it.Quantity, "dc.energy.power-loss / dc.energy.it", loss, it);
        }

        if (other is not null)
        {
            Derived(context, "dc.olf", site, other.Quantity / it.Quantity, "dc.energy.other / dc.energy.it", other, it);
        }

        return pue;
    }

    private static void Replace(CalculationContext context, MetricValue old, MetricValue replacement) => context.Replace(old, replacement);

    private static MetricValue Energy(CalculationContext context, string id, string site, Amount amount) =>
        context.Add(new MetricValue(id, amount.Quantity, MetricCatalog.Find(id).CanonicalUnit, site, new Trace("given", [CalculationContext.Input(amount)], [], [])));

    private static MetricValue Derived(CalculationContext context, string id, string? site, Quantity value, string formula, MetricValue a, MetricValue b) =>
        context.Add(new MetricValue(id, value, MetricCatalog.Find(id).CanonicalUnit, site, new Trace(formula, [context.InputOf(a), context.InputOf(b)], [], [])));

    private static MetricValue Derived(CalculationContext context, string id, string? site, Quantity value, string formula, params MetricValue[] inputs)
    {
        var traced = new TraceInput[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            traced[i] = context.InputOf(inputs[i]);
        }

        return context.Add(new MetricValue(id, value, MetricCatalog.Find(id).CanonicalUnit, site, new Trace(formula, traced, [], [])));
    }
}
