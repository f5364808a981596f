using Emissions.Calculation.DataCenters;
using Emissions.Calculation.Recipes;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Calculation;

/// <summary>
/// Exact evaluation of the catalogue from raw inputs, each figure with its trace: the leaf recipes
/// (<see cref="Recipes"/>, the only hand-written formulas: they need inventory lines and factors), then every
/// catalogue definition they complete (<see cref="CatalogueEvaluation"/>, ADR 0011). No IO; factors come from the resolver.
/// </summary>
public static class Calculator
{
    /// <summary>Calculates every figure the inventory's data allows, each with its trace, taking factors from <paramref name="resolver"/>.</summary>
    /// <param name="inventory">The activity data.</param>
    /// <param name="resolver">Answers factor queries against one set and its overrides.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InputException">A line cannot be calculated (a factor is missing for it, or its unit does not suit it); the message names the line's path.</exception>
    public static CalculationResult Calculate(Inventory.Inventory inventory, IFactorResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(resolver);
        var context = new CalculationContext(inventory, resolver);
        var catalogue = new CatalogueEvaluation(context);

        // Each recipe settles its leaf figures; the catalogue then evaluates every definition they complete.
        LineRecipes.Organisation(context);
        var fuels = FuelCalculator.Calculate(context);
        LineRecipes.Fuels(context, fuels);
        catalogue.Advance();
        var purchased = PurchasedEnergySums.Of(inventory, context.Columns);
        LineRecipes.PurchasedEnergy(context, purchased);
        catalogue.Advance();
        var scope2 = PurchasedEnergyCalculator.Calculate(context, purchased);
        LineRecipes.Ghg(context, fuels, scope2);
        catalogue.Advance();
        StandardCoalCalculator.Calculate(context, fuels, purchased);
        LineRecipes.Waste(context);
        catalogue.Advance();
        LineRecipes.Water(context);
        catalogue.Advance();
        DataCenterCalculator.Calculate(context);
        ElectricityReconciliation.Check(context, purchased);
        catalogue.Advance();
        catalogue.Intensities();

        return new CalculationResult(context.Metrics, resolver.FactorSet.Id, resolver.FactorSet.ContentHash, context.Warnings);
    }
}
