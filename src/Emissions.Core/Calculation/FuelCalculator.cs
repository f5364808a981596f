using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>Fuels: quantity, energy (quantity × NCV) and scope-1 CO2 by the set's method.</summary>
internal static class FuelCalculator
{
    // CO2 per carbon by molar mass, 44/12, as the Chinese accounting guidelines and IPCC 2006 state it.
    private const decimal Co2PerCarbonNumerator = 44m;
    private const decimal Co2PerCarbonDenominator = 12m;
    private const string ChineseFormula = "activity × NCV × carbon content × oxidation × 44/12";

    public sealed record FuelLine(FuelInput Input, Quantity Energy, TraceFactor? Ncv, Quantity Co2e, IReadOnlyList<TraceFactor> Factors, string Formula);

    public static IReadOnlyList<FuelLine> Calculate(CalculationContext context)
    {
        var fuels = context.Inventory.Fuels;
        var lines = new List<FuelLine>(fuels.Count);
        // Lines of one fuel, region and unit share their factors and unit products: resolved and multiplied out once.
        var recipes = new Dictionary<(string Fuel, string? Region, Unit Unit), Recipe>();
        foreach (var fuel in fuels)
        {
            var key = (fuel.Fuel, Region(context, fuel), fuel.Amount.Measurement.Unit);
            if (!recipes.TryGetValue(key, out var recipe))
            {
                recipe = Recipe.For(context, fuel);
                recipes[key] = recipe;
            }

            var energy = recipe.Energy(fuel.Amount);
            lines.Add(context.Resolver.FactorSet.Method == ScopeOneMethod.Cn
                ? new FuelLine(fuel, energy, recipe.NcvTrace, recipe.ChineseCo2(fuel.Amount, energy), recipe.ChineseFactors!, ChineseFormula)
                : IpccLine(context, fuel, recipe, energy));
        }

        return lines;
    }

    internal static string? Region(CalculationContext context, FuelInput fuel) => fuel.Region ?? context.Inventory.DefaultRegion;

    private static string KindOfDenominator(Dimension ncv) => (Dimension.EnergyDim / ncv).ToString().ToLowerInvariant();

    /// <summary>Energy × a per-energy factor, through the printed measurements when the energy came from an NCV, so units cancel exactly.</summary>
    private static Quantity EnergyTimes(Amount amount, Recipe recipe, Quantity energy, Measurement factor)
    {
        if (recipe.Ncv is null)
        {
            return (amount.Measurement * factor).Quantity;
        }

        var exact = (amount.Measurement * recipe.Ncv.Factor.Value * factor).Quantity;
        return exact.Dimension == (energy * factor.Quantity).Dimension ? exact : energy * factor.Quantity;
    }

    private static FuelLine IpccLine(CalculationContext context, FuelInput fuel, Recipe recipe, Quantity energy)
    {
        var co2Factor = context.Resolve(FactorParameter.Co2PerEnergy, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
        var total = EnergyTimes(fuel.Amount, recipe, energy, co2Factor.Factor.Value);
        var factors = new List<TraceFactor>(6);
        if (recipe.NcvTrace is not null)
        {
            factors.Add(recipe.NcvTrace);
        }

        factors.Add(context.Trace(co2Factor));
        var formula = "energy × CO2 per TJ";
        foreach (var (parameter, gas) in new[] { (FactorParameter.Ch4PerEnergy, "CH4"), (FactorParameter.N2OPerEnergy, "N2O") })
        {
            // IPCC Tables 2.2/2.3 (the set's sector); Table 2.4 (commercial) was not read, so this is stated in the trace.
            var gasFactor = context.TryResolve(new FactorQuery(parameter, fuel.Fuel, Region(context, fuel), Basis: "manufacturing"));
            if (gasFactor is null)
            {
                context.Warn($"{fuel.Path}: {gas} from combustion of {fuel.Fuel} not counted: no {gas} factor in set '{context.Resolver.FactorSet.Id}'");
                continue;
            }

            var gwp = context.ResolveGwp(gas, fuel.Path);
            total += energy * gasFactor.Factor.Quantity * gwp.Factor.Quantity;
            factors.Add(context.Trace(gasFactor));
            factors.Add(context.Trace(gwp));
            formula += $" + energy × {gas} per TJ × GWP({gas})";
        }

        return new FuelLine(fuel, energy, recipe.NcvTrace, total, factors, formula);
    }

    /// <summary>
    /// What every line of one fuel, region and unit shares: the calorific value, the Chinese method's
    /// carbon content × oxidation, their traces, and the units of the products. Each line's arithmetic
    /// is still its own (quantity × NCV × C × ox, in that order), so values are those of a line-by-line
    /// calculation to the last digit.
    /// </summary>
    private sealed class Recipe
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
                ncv = context.Resolve(FactorParameter.NetCalorificValue, fuel.Fuel, Region(context, fuel), basis, fuel.Amount.Path);
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

        public Quantity Energy(Amount amount) =>
            Ncv is null ? amount.Quantity : Quantity.From(Arithmetic.Multiply(amount.Measurement.Value, Ncv.Factor.Value.Value), _energyUnit!);

        public Quantity ChineseCo2(Amount amount, Quantity energy)
        {
            Quantity carbonMass;
            if (Ncv is null)
            {
                carbonMass = Quantity.From(Arithmetic.Multiply(amount.Measurement.Value, _carbonPerEnergy.Value), _carbonUnit!);
            }
            else if (_carbonThroughMeasurements)
            {
                var perUnit = Arithmetic.Multiply(amount.Measurement.Value, Ncv.Factor.Value.Value);
                carbonMass = Quantity.From(Arithmetic.Multiply(perUnit, _carbonPerEnergy.Value), _carbonUnit!);
            }
            else
            {
                carbonMass = energy * _carbonPerEnergy.Quantity;
            }

            return new Quantity(carbonMass.CanonicalValue * Co2PerCarbonNumerator / Co2PerCarbonDenominator, Dimension.Co2eDim);
        }

        private void Chinese(CalculationContext context, FuelInput fuel)
        {
            var carbon = context.Resolve(FactorParameter.CarbonContent, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
            var oxidation = context.Resolve(FactorParameter.OxidationRate, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
            _carbonPerEnergy = carbon.Factor.Value * oxidation.Factor.Value;
            ChineseFactors = NcvTrace is null ? [context.Trace(carbon), context.Trace(oxidation)] : [NcvTrace, context.Trace(carbon), context.Trace(oxidation)];

            // The kind of the carbon mass depends on units only: EnergyTimes decided it per line, the recipe decides it once.
            var probe = EnergyTimes(fuel.Amount, this, Energy(fuel.Amount), _carbonPerEnergy);
            if (probe.Dimension != Dimension.CarbonDim)
            {
                throw new InputException(fuel.Amount.Path, fuel.Amount.ToString(), $"factors that give carbon mass; {carbon.Factor.Id} × {oxidation.Factor.Id} gave {probe.Kind}");
            }

            _carbonUnit = Ncv is null ? fuel.Amount.Measurement.Unit * _carbonPerEnergy.Unit : _energyUnit! * _carbonPerEnergy.Unit;
            _carbonThroughMeasurements = Ncv is not null && _carbonUnit.Dimension == (Energy(fuel.Amount) * _carbonPerEnergy.Quantity).Dimension;
        }
    }
}
