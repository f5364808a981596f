using Emissions.Factors;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>
/// Total energy in standard coal (GB/T 2589): each fuel group, and the summed electricity and heat, times its
/// coefficient. Recorded only when the set has a coefficient for every carrier the inventory uses: a partial
/// total would understate the figure without saying so. Produces <c>energy.standard-coal</c>.
/// </summary>
internal static class StandardCoalCalculator
{
    public static void Calculate(CalculationContext context, IReadOnlyList<FuelGroup> fuels, PurchasedEnergySums purchased)
    {
        var set = context.Resolver.FactorSet;
        var inv = context.Inventory;
        // Coefficients in order of first use, each once: the trace's factor list.
        var coefficients = new List<FactorResolution>();
        var seen = new HashSet<FactorResolution>(ReferenceEqualityComparer.Instance);
        var total = new Quantity(0m, Dimension.EnergyDim);
        var givenAsEnergy = false;
        foreach (var group in fuels)
        {
            // A fuel given as energy is its own standard-coal equivalent: kgce is an energy unit (29,307.6 kJ), no coefficient applies.
            if (group.Amount.Quantity.Dimension == Dimension.EnergyDim)
            {
                total += group.Amount.Quantity;
                givenAsEnergy = true;
                continue;
            }

            var basis = group.Fuel == "natural-gas" ? set.NaturalGasRow : null;
            var coefficient = context.TryResolve(new FactorQuery(FactorParameter.StandardCoalCoefficient, group.Fuel, group.Region, Basis: basis));
            if (coefficient is null)
            {
                return;
            }

            total += StandardCoalOf(group.Amount.Quantity, coefficient, seen, coefficients);
        }

        // Electricity and heat have one coefficient each: the sum of their lines times it.
        if (!AddCarrier(purchased.Electricity, "electricity", "calorific-equivalent")
            || !AddCarrier(purchased.Heat, "heat", null)
            || (coefficients.Count == 0 && !givenAsEnergy))
        {
            return;
        }

        string[] notes = givenAsEnergy ? ["fuels given as energy count at their energy (1 tce = 29.3076 GJ)"] : [];
        var factors = coefficients.ConvertAll(context.Trace);
        context.Add(new DeferredMetric("energy.standard-coal", total, MetricCatalog.Find("energy.standard-coal").CanonicalUnit, null, () =>
        {
            var inputs = JoinedInputs.Of(
                LineInputs.Of(inv.Fuels, "amount", static f => f.Amount),
                LineInputs.Of(inv.Electricity, "amount", static e => e.Amount),
                LineInputs.Of(inv.Heat, "amount", static h => h.Amount));
            return new Trace("Σ quantity × standard-coal coefficient (GB/T 2589)", inputs, factors, notes);
        }));

        bool AddCarrier(Quantity? sum, string carrier, string? basis)
        {
            if (sum is null)
            {
                return true;
            }

            var coefficient = context.TryResolve(new FactorQuery(FactorParameter.StandardCoalCoefficient, carrier, context.DefaultRegion, Basis: basis));
            if (coefficient is null)
            {
                return false;
            }

            total += StandardCoalOf(sum.Value, coefficient, seen, coefficients);
            return true;
        }
    }

    // A coefficient such as kgce/kg or kgce/kWh multiplies the quantity directly; kgce is an energy unit here (29,307.6 kJ).
    private static Quantity StandardCoalOf(Quantity amount, FactorResolution coefficient, HashSet<FactorResolution> seen, List<FactorResolution> coefficients)
    {
        if (seen.Add(coefficient))
        {
            coefficients.Add(coefficient);
        }

        return amount * coefficient.Factor.Quantity;
    }
}
