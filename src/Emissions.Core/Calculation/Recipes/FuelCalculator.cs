using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.Recipes;

/// <summary>
/// Fuels: quantity, energy (quantity × NCV) and scope-1 CO2 by the set's method, per group of lines
/// that share fuel, region and unit — and so share every factor. Each group's quantities are summed
/// first and multiplied out once (ADR 0008): exact sums times exact factors are the same number as the
/// sum of the per-line products, with one rounding instead of one per line where a product repeats.
/// Produces the fuel groups behind <c>fuel.*</c>, <c>energy.direct</c> and the fuel part of <c>ghg.scope1</c>.
/// </summary>
internal static class FuelCalculator
{
    // CO2 per carbon by molar mass, 44/12, as the Chinese accounting guidelines and IPCC 2006 state it.
    private const decimal Co2PerCarbonNumerator = 44m;
    private const decimal Co2PerCarbonDenominator = 12m;
    private const string ChineseFormula = "activity × NCV × carbon content × oxidation × 44/12";

    public static IReadOnlyList<FuelGroup> Calculate(CalculationContext context)
    {
        var lines = context.Inventory.Fuels;
        var column = context.Columns.Fuels;
        var groups = new List<FuelGroup>();
        var index = new Dictionary<(string? Fuel, string? Region, Unit Unit), int>(LineKeyComparer.Instance);
        // Lines as written group by the region they name; a line without one takes the inventory's, so two written groups can be one here.
        var map = new int[column.Groups.Count];
        for (var g = 0; g < map.Length; g++)
        {
            var written = column.Groups[g];
            var first = lines[written.FirstLine];
            var key = (first.Fuel, Region(context, first), written.Unit);
            if (!index.TryGetValue(key, out var at))
            {
                // Factors are resolved at a group's first line, so a missing or mismatched factor names that line.
                at = groups.Count;
                index[key] = at;
                groups.Add(new FuelGroup(first.Fuel, key.Item2, key.Unit, first, Recipe.For(context, first)));
            }

            map[g] = at;
        }

        var amounts = column.SumByGroup(map, groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            var amount = new Measurement(amounts[i], group.Unit);
            if (context.Resolver.FactorSet.Method == ScopeOneMethod.Cn)
            {
                group.Settle(amounts[i], group.Recipe.ChineseCo2(amount), group.Recipe.ChineseFactors!, ChineseFormula);
            }
            else
            {
                Ipcc(context, group, amounts[i], LinesOf(i));
            }
        }

        return groups;

        IEnumerable<FuelInput> LinesOf(int group)
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (map[column.GroupOf(i)] == group)
                {
                    yield return lines[i];
                }
            }
        }
    }

    internal static string? Region(CalculationContext context, FuelInput fuel) => fuel.Region ?? context.DefaultRegion;

    private static string KindOfDenominator(Dimension ncv) => (Dimension.EnergyDim / ncv).ToString().ToLowerInvariant();

    /// <summary>Energy × a per-energy factor, through the printed measurements when the energy came from an NCV, so units cancel exactly.</summary>
    private static Quantity EnergyTimes(Measurement amount, Recipe recipe, Measurement factor)
    {
        var energy = recipe.Energy(amount);
        if (recipe.Ncv is null)
        {
            return (amount * factor).Quantity;
        }

        var exact = (amount * recipe.Ncv.Factor.Value * factor).Quantity;
        return exact.Dimension == (energy * factor.Quantity).Dimension ? exact : energy * factor.Quantity;
    }

    private static void Ipcc(CalculationContext context, FuelGroup group, decimal summed, IEnumerable<FuelInput> lines)
    {
        var first = group.First;
        var amount = new Measurement(summed, group.Unit);
        var co2Factor = context.Resolve(FactorParameter.Co2PerEnergy, group.Fuel, group.Region, null, QueryOrigin.Fuel(context.Inventory, first));
        var energy = group.Recipe.Energy(amount);
        var total = EnergyTimes(amount, group.Recipe, co2Factor.Factor.Value);
        var factors = new List<TraceFactor>(6);
        if (group.Recipe.NcvTrace is not null)
        {
            factors.Add(group.Recipe.NcvTrace);
        }

        factors.Add(context.Trace(co2Factor));
        var formula = "energy × CO2 per TJ";
        foreach (var (parameter, gas) in new[] { (FactorParameter.Ch4PerEnergy, "CH4"), (FactorParameter.N2OPerEnergy, "N2O") })
        {
            // IPCC Tables 2.2/2.3 (the set's sector); Table 2.4 (commercial) was not read, so this is stated in the trace.
            var gasFactor = context.TryResolve(new FactorQuery(parameter, group.Fuel, group.Region, Basis: "manufacturing"));
            if (gasFactor is null)
            {
                foreach (var line in lines)
                {
                    context.Warn(new Warning(WarningCodes.GasNotCounted, WarningSeverity.Important,
                        $"{line.Path}: {gas} from combustion of {group.Fuel} not counted: no {gas} factor in set '{context.Resolver.FactorSet.Id}'",
                        $"{gas} from combustion of {group.Fuel} not counted: no {gas} factor in set '{context.Resolver.FactorSet.Id}'"));
                }

                continue;
            }

            var gwp = context.ResolveGwp(gas, first.Path);
            total += energy * gasFactor.Factor.Quantity * gwp.Factor.Quantity;
            factors.Add(context.Trace(gasFactor));
            factors.Add(context.Trace(gwp));
            formula += $" + energy × {gas} per TJ × GWP({gas})";
        }

        group.Settle(summed, total, factors, formula);
    }

    /// <summary>
    /// What every line of one fuel, region and unit shares: the calorific value, the Chinese method's
    /// carbon content × oxidation, their traces, and the units of the products.
    /// </summary>
    internal sealed class Recipe
    {
        private Unit? _energyUnit;
        private Measurement _carbonPerEnergy;
        private Unit? _carbonUnit;
        private bool _carbonThroughMeasurements;

        public FactorResolution? Ncv { get; private init; }

        public TraceFactor? NcvTrace { get; private init; }

        /// <summary>NCV, carbon content and oxidation as traced (Chinese method only).</summary>
        public IReadOnlyList<TraceFactor>? ChineseFactors { get; private set; }

        public static Recipe For(CalculationContext context, FuelInput fuel)
        {
            var amount = fuel.Amount.Quantity;
            FactorResolution? ncv = null;
            if (amount.Dimension != Dimension.EnergyDim)
            {
                var basis = fuel.Fuel == "natural-gas" ? context.Resolver.FactorSet.NaturalGasRow : null;
                ncv = context.Resolve(FactorParameter.NetCalorificValue, fuel.Fuel, Region(context, fuel), basis, QueryOrigin.Fuel(context.Inventory, fuel));
                var expected = Dimension.EnergyDim / amount.Dimension;
                if (ncv.Factor.Quantity.Dimension != expected)
                {
                    var expectedKind = $"{fuel.Fuel} as {KindOfDenominator(ncv.Factor.Quantity.Dimension)} (the set's calorific value {ncv.Factor.Id} is {ncv.Factor.Value.Unit.Symbol}); give the fuel in that kind or as energy";
                    throw new InputException(fuel.Amount.Path, fuel.Amount.ToString(), expectedKind, InputError.Quantity,
                        new QuantityException(QuantityError.WrongKind, $"'{fuel.Amount}' is {fuel.Amount.Measurement.Unit.Kind}; expected {expectedKind}"));
                }
            }

            var recipe = new Recipe
            {
                Ncv = ncv,
                NcvTrace = ncv is null ? null : context.Trace(ncv),
                _energyUnit = ncv is null ? null : fuel.Amount.Measurement.Unit * ncv.Factor.Value.Unit,
            };

            if (context.Resolver.FactorSet.Method == ScopeOneMethod.Cn)
            {
                recipe.Chinese(context, fuel);
            }

            return recipe;
        }

        public Quantity Energy(Measurement amount) =>
            Ncv is null ? amount.Quantity : Quantity.From(Arithmetic.Multiply(amount.Value, Ncv.Factor.Value.Value), _energyUnit!);

        public Quantity ChineseCo2(Measurement amount)
        {
            Quantity carbonMass;
            if (Ncv is null)
            {
                carbonMass = Quantity.From(Arithmetic.Multiply(amount.Value, _carbonPerEnergy.Value), _carbonUnit!);
            }
            else if (_carbonThroughMeasurements)
            {
                var perUnit = Arithmetic.Multiply(amount.Value, Ncv.Factor.Value.Value);
                carbonMass = Quantity.From(Arithmetic.Multiply(perUnit, _carbonPerEnergy.Value), _carbonUnit!);
            }
            else
            {
                carbonMass = Energy(amount) * _carbonPerEnergy.Quantity;
            }

            return new Quantity(carbonMass.CanonicalValue * Co2PerCarbonNumerator / Co2PerCarbonDenominator, Dimension.Co2eDim);
        }

        private void Chinese(CalculationContext context, FuelInput fuel)
        {
            var carbon = context.Resolve(FactorParameter.CarbonContent, fuel.Fuel, Region(context, fuel), null, QueryOrigin.Fuel(context.Inventory, fuel));
            var oxidation = context.Resolve(FactorParameter.OxidationRate, fuel.Fuel, Region(context, fuel), null, QueryOrigin.Fuel(context.Inventory, fuel));
            _carbonPerEnergy = carbon.Factor.Value * oxidation.Factor.Value;
            ChineseFactors = NcvTrace is null ? [context.Trace(carbon), context.Trace(oxidation)] : [NcvTrace, context.Trace(carbon), context.Trace(oxidation)];

            // The kind of the carbon mass depends on units only, so it is decided once per recipe.
            var probe = EnergyTimes(fuel.Amount.Measurement, this, _carbonPerEnergy);
            if (probe.Dimension != Dimension.CarbonDim)
            {
                throw new InputException(fuel.Amount.Path, fuel.Amount.ToString(), $"factors that give carbon mass; {carbon.Factor.Id} × {oxidation.Factor.Id} gave {probe.Kind}");
            }

            _carbonUnit = Ncv is null ? fuel.Amount.Measurement.Unit * _carbonPerEnergy.Unit : _energyUnit! * _carbonPerEnergy.Unit;
            _carbonThroughMeasurements = Ncv is not null && _carbonUnit.Dimension == (Energy(fuel.Amount.Measurement) * _carbonPerEnergy.Quantity).Dimension;
        }
    }
}
