using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>
/// The leaf recipes over inventory lines: the organisation's denominators (<c>org.*</c>), fuel quantities (<c>fuel.*</c>)
/// and <c>energy.direct</c>, purchased <c>energy.electricity</c>, <c>energy.heat</c> and <c>energy.renewable</c>,
/// <c>ghg.scope1</c>, <c>ghg.scope2</c> and <c>ghg.scope2.market</c>, <c>waste.hazardous</c>, <c>waste.non-hazardous</c>,
/// <c>water.withdrawal</c> and <c>water.discharge</c>. Each settles its figures, given totals included (ADR 0002);
/// every figure defined by a catalogue formula is left to <see cref="CatalogueEvaluation"/> (ADR 0011).
/// </summary>
internal static class LineRecipes
{
    public static void Organisation(CalculationContext context)
    {
        var inv = context.Inventory;
        if (inv.Headcount is { } headcount)
        {
            var basis = inv.HeadcountBasis == HeadcountBasis.YearEnd ? "year-end headcount" : "average headcount";
            context.Add(new GivenMetric("org.headcount", headcount.Quantity, MetricCatalog.Find("org.headcount").CanonicalUnit, null, headcount, [basis]));
        }

        if (inv.Revenue is { } revenue)
        {
            context.Add(new GivenMetric("org.revenue", revenue.Quantity, revenue.Measurement.Unit, null, revenue, []));
        }

        if (inv.FloorArea is { } area)
        {
            context.Add(new GivenMetric("org.floor-area", area.Quantity, MetricCatalog.Find("org.floor-area").CanonicalUnit, null, area, []));
        }
    }

    public static void Fuels(CalculationContext context, IReadOnlyList<FuelGroup> groups)
    {
        var lines = context.Inventory.Fuels;
        var byFuel = ByFuel(groups);
        foreach (var (fuel, fuelGroups) in byFuel)
        {
            var id = $"fuel.{fuel}";
            var kind = fuelGroups[0].First.Amount.Quantity.Dimension;
            // Groups are in order of their first line, and a unit has one kind: the first group of another kind starts at the first line of another kind.
            var second = fuelGroups.Find(g => g.First.Amount.Quantity.Dimension != kind)?.First;
            if (second is not null)
            {
                var sameKind = $"the same kind as the other {fuel} lines ({kind})";
                throw new InputException(second.Amount.Path, second.Amount.ToString(), sameKind, InputError.Quantity,
                    new QuantityException(QuantityError.IncompatibleKinds, $"'{second.Amount}' is {second.Amount.Measurement.Unit.Kind}; expected {sameKind}"));
            }

            var definition = MetricCatalog.Find(id);
            var unit = kind == definition.Kind ? definition.CanonicalUnit : fuelGroups[0].First.Amount.Measurement.Unit;
            var total = fuelGroups[0].Amount.Quantity;
            for (var i = 1; i < fuelGroups.Count; i++)
            {
                total += fuelGroups[i].Amount.Quantity;
            }

            context.Add(new DeferredMetric(id, total, unit, null, () =>
                new Trace($"Σ {fuel} lines", [.. lines.Where(f => f.Fuel == fuel).Select(f => TraceInputs.Of(f.Amount))], [], [])));
        }

        Quantity? direct = null;
        if (groups.Count > 0)
        {
            var sum = new Quantity(0m, Dimension.EnergyDim);
            foreach (var group in groups)
            {
                sum += group.Energy;
            }

            direct = sum;
        }

        context.Settle("energy.direct", direct, () =>
        {
            var ncvs = new List<TraceFactor>();
            var seen = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
            foreach (var group in groups)
            {
                if (group.Recipe.NcvTrace is { } ncv && seen.Add(ncv))
                {
                    ncvs.Add(ncv);
                }
            }

            var notes = byFuel.ConvertAll(g => $"{g.Fuel}: {DecimalText.Exact(Sum(g.Groups, static f => f.Energy).As("MWh"))} MWh");
            return new Trace("Σ fuel quantity × net calorific value", LineInputs.Of(lines, "amount", static f => f.Amount), [.. ncvs], [.. notes]);
        });
    }

    private static Quantity Sum(List<FuelGroup> groups, Func<FuelGroup, Quantity> of)
    {
        var total = of(groups[0]);
        for (var i = 1; i < groups.Count; i++)
        {
            total += of(groups[i]);
        }

        return total;
    }

    /// <summary>Fuel groups by fuel, in order of first appearance (as GroupBy gives them).</summary>
    private static List<(string Fuel, List<FuelGroup> Groups)> ByFuel(IReadOnlyList<FuelGroup> groups)
    {
        var byFuel = new List<(string Fuel, List<FuelGroup> Groups)>();
        foreach (var group in groups)
        {
            var at = byFuel.FindIndex(g => g.Fuel == group.Fuel);
            if (at < 0)
            {
                byFuel.Add((group.Fuel, [group]));
            }
            else
            {
                byFuel[at].Groups.Add(group);
            }
        }

        return byFuel;
    }

    public static void PurchasedEnergy(CalculationContext context, PurchasedEnergySums sums)
    {
        var inv = context.Inventory;
        Sum(context, "energy.electricity", inv.Electricity, sums.Electricity, "amount", static e => e.Amount);
        Sum(context, "energy.heat", inv.Heat, sums.Heat, "amount", static h => h.Amount);
        if (sums.AnyRenewable)
        {
            Sum(context, "energy.renewable", [.. inv.Electricity.Where(e => e.Renewable is not null)], sums.Renewable, "renewable", static e => e.Renewable!);
        }
    }

    public static void Ghg(CalculationContext context, IReadOnlyList<FuelGroup> fuels, PurchasedEnergyCalculator.Scope2 scope2)
    {
        var zero = new Quantity(0m, Dimension.Co2eDim);
        var refrigerants = context.Inventory.Refrigerants.Select(r =>
        {
            var gwp = context.ResolveGwp(r.Gas, $"{r.Path}.gas");
            return (Input: r, Co2e: r.Released.Quantity * gwp.Factor.Quantity, Factor: context.Trace(gwp));
        }).ToList();

        var hasScope1 = fuels.Count > 0 || refrigerants.Count > 0;
        Quantity? scope1 = hasScope1 ? fuels.Aggregate(zero, (acc, f) => acc + f.Co2e) + refrigerants.Aggregate(zero, (acc, r) => acc + r.Co2e) : null;
        context.Settle("ghg.scope1", scope1, () =>
        {
            var formulas = new List<string>();
            var seenFormulas = new HashSet<string>(StringComparer.Ordinal);
            var released = new List<TraceInput>(refrigerants.Count);
            var factors = new List<TraceFactor>();
            var seenFactors = new HashSet<TraceFactor>(ReferenceEqualityComparer.Instance);
            foreach (var f in fuels)
            {
                if (seenFormulas.Add(f.Formula))
                {
                    formulas.Add(f.Formula);
                }

                foreach (var factor in f.Factors)
                {
                    if (seenFactors.Add(factor))
                    {
                        factors.Add(factor);
                    }
                }
            }

            if (refrigerants.Count > 0)
            {
                formulas.Add("refrigerant released × GWP");
            }

            foreach (var r in refrigerants)
            {
                released.Add(TraceInputs.Of(r.Input.Released));
                if (seenFactors.Add(r.Factor))
                {
                    factors.Add(r.Factor);
                }
            }

            var notes = new List<string>();
            foreach (var (fuel, groups) in ByFuel(fuels))
            {
                notes.Add($"{fuel}: {DecimalText.Exact(Sum(groups, static f => f.Co2e).As("tCO2e"))} tCO2e");
            }

            notes.AddRange(refrigerants.GroupBy(r => r.Input.Gas).Select(g => $"{g.Key}: {DecimalText.Exact(g.Skip(1).Aggregate(g.First().Co2e, (acc, r) => acc + r.Co2e).As("tCO2e"))} tCO2e"));
            var inputs = JoinedInputs.Of(LineInputs.Of(context.Inventory.Fuels, "amount", static f => f.Amount), released);
            return new Trace(string.Join(" + ", formulas), inputs, [.. factors], [.. notes]);
        });

        var hasScope2 = context.Inventory.Electricity.Count > 0 || context.Inventory.Heat.Count > 0;
        context.Settle("ghg.scope2", hasScope2 ? scope2.Location : null,
            () => new Trace("Σ electricity × grid factor (region, year) + Σ heat × heat factor", scope2.Inputs(), scope2.LocationFactors, []));
        if (hasScope2 && scope2.Market is { } market)
        {
            context.Settle("ghg.scope2.market", market,
                () => new Trace("Σ (electricity − renewable) × residual factor + Σ heat × heat factor", scope2.Inputs(), scope2.MarketFactors, scope2.Notes));
        }
    }

    public static void Waste(CalculationContext context)
    {
        var inv = context.Inventory;
        Sum(context, "waste.hazardous", inv.Waste.Where(w => w.Category == "hazardous").Select(w => w.Amount).ToList());
        Sum(context, "waste.non-hazardous", inv.Waste.Where(w => w.Category == "non-hazardous").Select(w => w.Amount).ToList());
    }

    public static void Water(CalculationContext context)
    {
        var water = context.Inventory.Water;
        foreach (var (id, amount) in new[] { ("water.withdrawal", water.Withdrawal), ("water.discharge", water.Discharge) })
        {
            if (amount is null)
            {
                context.SettleGivenOnly(id);
                continue;
            }

            var volume = WaterDensity.AsVolume(amount.Quantity, out var converted);
            context.Settle(id, volume, () => new Trace("given", [TraceInputs.Of(amount)], [], converted ? [WaterDensity.ConventionName] : []));
        }
    }

    private static Quantity SumOf(List<Amount> amounts)
    {
        var sum = new AmountSum();
        foreach (var amount in amounts)
        {
            sum.Add(amount.Measurement);
        }

        return sum.Total(Dimension.None);
    }

    private static MetricValue? Sum(CalculationContext context, string id, List<Amount> amounts) =>
        Sum(context, id, amounts, amounts.Count == 0 ? null : SumOf(amounts), "amount", static a => a);

    /// <summary>A metric that is the sum of its lines (<paramref name="total"/>, summed by the caller), traced to every line.</summary>
    /// <remarks>The trace refers to the lines (<see cref="LineInputs"/>): their amounts are the lines' field <paramref name="field"/>.</remarks>
    private static MetricValue? Sum<T>(CalculationContext context, string id, IReadOnlyList<T> lines, Quantity? total, string field, Func<T, Amount> amount)
    {
        if (lines.Count == 0 || total is null)
        {
            return context.SettleGivenOnly(id);
        }

        return context.Settle(id, KindCoercion.ToKind(total.Value, MetricCatalog.Find(id), out _),
            () => new Trace(lines.Count == 1 ? "given" : $"Σ {lines.Count} lines", LineInputs.Of(lines, field, amount), [], []));
    }
}
