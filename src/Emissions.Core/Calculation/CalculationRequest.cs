using System.Text.Json;
using Emissions.Factors;
using Emissions.Inventory;

namespace Emissions.Calculation;

/// <summary>
/// One calculate request end to end, shared by the CLI and the service: read the inventory, pick the
/// factor set (an explicit choice wins over the request's own), apply inline overrides, calculate.
/// </summary>
public static class CalculationRequest
{
    public static CalculationResult Run(JsonElement request, IFactorSetSource sets, string? factorSetOverride = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var inventory = InventoryReader.Read(request);
        var setId = factorSetOverride ?? inventory.FactorSet
            ?? throw new InputException("$.factorSet", null, $"a factor set id (or --factor-set); available: {string.Join(", ", sets.SetIds)}");
        var set = sets.Find(setId)
            ?? throw new InputException(factorSetOverride is null ? "$.factorSet" : "factorSet", setId, $"one of the factor sets: {string.Join(", ", sets.SetIds)}");
        var overrides = inventory.Overrides.Select(o => new FactorOverride(o.Factor, o.Value.Measurement)).ToList();
        FactorResolver resolver;
        try
        {
            resolver = new FactorResolver(set, overrides);
        }
        catch (FactorResolutionException ex)
        {
            throw new InputException("$.overrides", string.Join(", ", overrides.Select(o => o.FactorId)), ex.Message);
        }

        return Calculator.Calculate(inventory, resolver);
    }
}
