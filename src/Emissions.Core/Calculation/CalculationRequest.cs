using System.Text.Json;
using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Quantities;
using Emissions.Uncertainty;

namespace Emissions.Calculation;

/// <summary>
/// One calculate request end to end, shared by the CLI and the service: read the inventory, pick the
/// factor set (an explicit choice wins over the request's own), apply inline overrides, calculate.
/// Every failure caused by the request is an <see cref="InvalidInputException"/> naming its JSON path.
/// </summary>
public static class CalculationRequest
{
    /// <summary>
    /// The CLI's path: the set is <paramref name="factorSetOverride"/> (--factor-set), else the one the request names
    /// (<see cref="FactorSetName.OfCalculation"/>), looked up in <paramref name="sets"/>, else the default for the
    /// inventory's country and period (with a warning). No such set, or no default: <see cref="NoFactorSetException"/>.
    /// </summary>
    /// <param name="request">The CONTRACT calculate input.</param>
    /// <param name="sets">Where the set is looked up.</param>
    /// <param name="factorSetOverride">The CLI's --factor-set, winning over the request's.</param>
    /// <param name="uncertainty">The CLI's --uncertainty entries, winning entry by entry over the request's.</param>
    public static CalculationResult Run(JsonElement request, IFactorSetSource sets, string? factorSetOverride = null, UncertaintyOptions? uncertainty = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        return Run(InventoryReader.Read(request), sets, factorSetOverride, uncertainty);
    }

    /// <summary>As <see cref="Run(JsonElement, IFactorSetSource, string?, UncertaintyOptions?)"/> for an inventory already read (a bulk file's, with its JSON header).</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="sets">Where the set is looked up.</param>
    /// <param name="factorSetOverride">The CLI's --factor-set, winning over the inventory's.</param>
    /// <param name="uncertainty">The CLI's --uncertainty entries, winning entry by entry over the inventory's.</param>
    public static CalculationResult Run(Inventory.Inventory inventory, IFactorSetSource sets, string? factorSetOverride = null, UncertaintyOptions? uncertainty = null)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(sets);
        if (uncertainty is not null)
        {
            inventory = inventory with { Uncertainty = inventory.Uncertainty?.With(uncertainty) ?? uncertainty };
        }

        var name = factorSetOverride is { } chosen ? new FactorSetName(chosen, FactorSetName.CommandLineOption)
            : inventory.FactorSet is { } named ? new FactorSetName(named, "$.factorSet")
            : null;
        return name is null
            ? RunWithDefaultSet(inventory, sets.SetIds.Select(sets.Find).OfType<FactorSet>())
            : Run(inventory, name.Find(sets));
    }

    /// <summary>
    /// A request that names no set gets <see cref="DefaultFactorSet"/>'s choice among <paramref name="shipped"/>, and
    /// a first warning naming it; when none fits, a <see cref="NoFactorSetException"/> at $.factorSet says which comes closest and why.
    /// </summary>
    public static CalculationResult RunWithDefaultSet(Inventory.Inventory inventory, IEnumerable<FactorSet> shipped)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(shipped);
        var sets = shipped.ToList();
        NewInputRules.Require(inventory, inventory.Root);
        if (!DefaultFactorSet.TryChoose(inventory, sets, out var set, out var explanation))
        {
            throw NoFactorSetException.NoDefault(explanation, sets.Select(s => s.Id));
        }

        var result = Run(inventory, set!);
        return result with { Warnings = [new Warning(WarningCodes.DefaultFactorSet, WarningSeverity.Warning, explanation), .. result.Warnings] };
    }

    /// <summary>
    /// The service's path: the set is already chosen (looked up by the caller, or pinned by a stored
    /// submission) and wins over any $.factorSet in the request. <paramref name="path"/> is where the
    /// request sits in its document ("$.inputs" inside a check), so that errors name the full path; a stored
    /// revision recomputed is held to the rules it was stored under (<paramref name="rules"/>).
    /// </summary>
    public static CalculationResult Run(JsonElement request, FactorSet factorSet, string path = "$", InputRules rules = InputRules.Current)
    {
        ArgumentNullException.ThrowIfNull(factorSet);
        return Run(InventoryReader.Read(request, path), factorSet, path, rules);
    }

    /// <summary>Calculates an inventory already read with a set already chosen (the set wins over any <c>gwp</c> or set name in the inventory); with the inventory's uncertainty options, every figure's 95 % interval too.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="factorSet">The factor set to calculate with.</param>
    /// <param name="path">Where the inventory sits in its document (<c>$.inputs</c> inside a check), so errors name the full JSON path.</param>
    /// <param name="rules">The rules the inventory is held to: <see cref="InputRules.AsStored"/> when a stored revision is recomputed.</param>
    /// <returns>Every figure with its trace, the set's id and content hash, and the warnings (secondary factors, fallbacks).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> or <paramref name="factorSet"/> is null.</exception>
    /// <exception cref="InputException">The inventory names another GWP edition than the set's (<c>gwp</c>), or a line needs a factor the set lacks (naming the line's path).</exception>
    public static CalculationResult Run(Inventory.Inventory inventory, FactorSet factorSet, string path = "$", InputRules rules = InputRules.Current)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(factorSet);
        if (rules == InputRules.Current)
        {
            NewInputRules.Require(inventory, path);
        }

        if (inventory.Gwp is { } gwp && !string.Equals(gwp, factorSet.Gwp, StringComparison.OrdinalIgnoreCase))
        {
            // A factor set fixes its GWP values; reading the field and ignoring it gave AR5 numbers for "AR4" and "AR9" alike.
            throw new InputException($"{path}.gwp", gwp,
                $"\"{factorSet.Gwp}\", the GWP edition of factor set '{factorSet.Id}' (a set fixes its GWP values: to use another edition, choose a set that has it, or leave gwp out)");
        }

        var resolver = Resolver(inventory, factorSet);
        try
        {
            var result = Calculator.Calculate(inventory, resolver);
            if (inventory.Uncertainty is { } uncertainty)
            {
                result = result with { Uncertainty = UncertaintyPropagation.Run(inventory, factorSet, result, uncertainty) };
            }

            return inventory.ReadingNotes.Count == 0 ? result : result with
            {
                Warnings = [.. inventory.ReadingNotes.Select(n => new Warning(WarningCodes.AmbiguousUnit, WarningSeverity.Warning, n)), .. result.Warnings],
            };
        }
        catch (QuantityException ex)
        {
            // Arithmetic the inputs made impossible (a product beyond decimal's range …); inputs are
            // checked field by field before this, so no single field is to blame.
            throw new InputException(path, null, $"inputs whose arithmetic can be carried out exactly: {ex.Expected}", InputError.Quantity, ex, ex.Message);
        }
    }

    /// <summary>The resolver for a set plus the request's overrides; a bad override names its own path ($.overrides[1].factor or .value).</summary>
    private static FactorResolver Resolver(Inventory.Inventory inventory, FactorSet set)
    {
        var overrides = inventory.Overrides.Select(o => new FactorOverride(o.Factor, o.Value.Measurement)).ToList();
        try
        {
            return new FactorResolver(set, overrides);
        }
        catch (FactorResolutionException)
        {
            var (i, ex) = FirstRefused(set, overrides);
            var input = inventory.Overrides[i];
            var known = set.Factors.Any(f => string.Equals(f.Id, input.Factor, StringComparison.Ordinal));
            var duplicate = inventory.Overrides.Take(i).Any(o => string.Equals(o.Factor, input.Factor, StringComparison.Ordinal));
            var reason = ex.Reason ?? ex.Message;
            if (known && !duplicate)
            {
                var expected = ex.Expected ?? "a value in the factor's own kind";
                throw new InputException($"{input.Path}.value", input.Value.ToString(), expected, InputError.Quantity,
                    new QuantityException(QuantityError.WrongKind, reason, expected), reason);
            }

            throw new InputException($"{input.Path}.factor", input.Factor,
                ex.Expected ?? (duplicate ? "each factor overridden at most once" : $"a factor id of set {set.Id}"),
                duplicate ? InputError.InvalidValue : InputError.UnknownFactor, ex, reason);
        }
    }

    /// <summary>
    /// The override the resolver refuses, so the error points at it. The resolver checks overrides in order, each against
    /// the set and the ones before it, so the shortest refused prefix ends with the culprit; the whole list was refused,
    /// so a prefix of at most its length is, and the loop ends there (past it, the range would throw instead).
    /// </summary>
    private static (int Index, FactorResolutionException Refusal) FirstRefused(FactorSet set, List<FactorOverride> overrides)
    {
        for (var n = 1; ; n++)
        {
            try
            {
                _ = new FactorResolver(set, overrides[..n]);
            }
            catch (FactorResolutionException ex)
            {
                return (n - 1, ex);
            }
        }
    }
}
