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

    public sealed record FuelLine(FuelInput Input, Quantity Energy, TraceFactor? Ncv, Quantity Co2e, IReadOnlyList<TraceFactor> Factors, string Formula);

    public static IReadOnlyList<FuelLine> Calculate(CalculationContext context)
    {
        var lines = new List<FuelLine>();
        foreach (var fuel in context.Inventory.Fuels)
        {
            var (energy, ncv) = Energy(context, fuel);
            var (co2e, factors, formula) = context.Resolver.FactorSet.Method == ScopeOneMethod.Cn
                ? ChineseMethod(context, fuel, energy)
                : IpccMethod(context, fuel, energy);
            lines.Add(new FuelLine(fuel, energy, ncv is null ? null : context.Trace(ncv), co2e, [.. (ncv is null ? [] : new[] { context.Trace(ncv) }), .. factors], formula));
        }

        return lines;
    }

    private static (Quantity Energy, FactorResolution? Ncv) Energy(CalculationContext context, FuelInput fuel)
    {
        var amount = fuel.Amount.Quantity;
        if (amount.Dimension == Dimension.EnergyDim)
        {
            return (amount, null);
        }

        var basis = fuel.Fuel == "natural-gas" ? context.Resolver.FactorSet.NaturalGasRow : null;
        var ncv = context.Resolve(FactorParameter.NetCalorificValue, fuel.Fuel, Region(context, fuel), basis, fuel.Amount.Path);
        var expected = Dimension.EnergyDim / amount.Dimension;
        if (ncv.Factor.Quantity.Dimension != expected)
        {
            var expectedKind = $"{fuel.Fuel} as {KindOfDenominator(ncv.Factor.Quantity.Dimension)} (the set's calorific value {ncv.Factor.Id} is {ncv.Factor.Value.Unit.Symbol}); give the fuel in that kind or as energy";
            throw new InputException(fuel.Amount.Path, fuel.Amount.ToString(), expectedKind, InputError.Quantity,
                new QuantityException(QuantityError.WrongKind, $"'{fuel.Amount}' is {fuel.Amount.Measurement.Unit.Kind}; expected {expectedKind}"));
        }

        return ((fuel.Amount.Measurement * ncv.Factor.Value).Quantity, ncv);
    }

    internal static string? Region(CalculationContext context, FuelInput fuel) => fuel.Region ?? context.Inventory.DefaultRegion;

    private static string KindOfDenominator(Dimension ncv) => (Dimension.EnergyDim / ncv).ToString().ToLowerInvariant();

    /// <summary>Energy × a per-energy factor, through the printed measurements when the energy came from an NCV, so units cancel exactly.</summary>
    private static Quantity EnergyTimes(CalculationContext context, FuelInput fuel, Quantity energy, Measurement factor)
    {
        if (fuel.Amount.Quantity.Dimension == Dimension.EnergyDim)
        {
            return (fuel.Amount.Measurement * factor).Quantity;
        }

        var basis = fuel.Fuel == "natural-gas" ? context.Resolver.FactorSet.NaturalGasRow : null;
        var ncv = context.Resolve(FactorParameter.NetCalorificValue, fuel.Fuel, Region(context, fuel), basis, fuel.Amount.Path);
        var exact = (fuel.Amount.Measurement * ncv.Factor.Value * factor).Quantity;
        return exact.Dimension == (energy * factor.Quantity).Dimension ? exact : energy * factor.Quantity;
    }

    private static (Quantity, IReadOnlyList<TraceFactor>, string) ChineseMethod(CalculationContext context, FuelInput fuel, Quantity energy)
    {
        var carbon = context.Resolve(FactorParameter.CarbonContent, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
        var oxidation = context.Resolve(FactorParameter.OxidationRate, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
        var carbonMass = EnergyTimes(context, fuel, energy, carbon.Factor.Value * oxidation.Factor.Value);
        if (carbonMass.Dimension != Dimension.CarbonDim)
        {
            throw new InputException(fuel.Amount.Path, fuel.Amount.ToString(), $"factors that give carbon mass; {carbon.Factor.Id} × {oxidation.Factor.Id} gave {carbonMass.Kind}");
        }

        var co2 = new Quantity(carbonMass.CanonicalValue * Co2PerCarbonNumerator / Co2PerCarbonDenominator, Dimension.Co2eDim);
        return (co2, [context.Trace(carbon), context.Trace(oxidation)], "activity × NCV × carbon content × oxidation × 44/12");
    }

    private static (Quantity, IReadOnlyList<TraceFactor>, string) IpccMethod(CalculationContext context, FuelInput fuel, Quantity energy)
    {
        var co2Factor = context.Resolve(FactorParameter.Co2PerEnergy, fuel.Fuel, Region(context, fuel), null, fuel.Amount.Path);
        var total = EnergyTimes(context, fuel, energy, co2Factor.Factor.Value);
        var factors = new List<TraceFactor> { context.Trace(co2Factor) };
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

        return (total, factors, formula);
    }
}
