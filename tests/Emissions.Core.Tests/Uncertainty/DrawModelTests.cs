using System.Text.Json;
using Emissions.Calculation;
using Emissions.Core.Tests.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Testing;
using Emissions.Uncertainty;
using FsCheck;
using FsCheck.Fluent;

namespace Emissions.Core.Tests.Uncertainty;

/// <summary>
/// The Monte Carlo draws run on a reduced model of the calculation (the inventory collapsed per factor and activity
/// combination, factors from a cache shared by all draws): its figures must be exactly those of the whole calculation
/// with every line scaled and every moved factor overridden, which is how a draw was computed before.
/// </summary>
public class DrawModelTests
{
    private static readonly FactorSet Set = TestFactorSet.ChineseDefaultsSet();

    // A drawn multiplier between 0.5 and 1.5 with all of a double's digits (the model keeps 12 decimal places of it).
    private static readonly Gen<double> Multiplier = Gen.Choose(0, int.MaxValue).Select(n => 0.5 + (n / (double)int.MaxValue));

    private static readonly Gen<(string Json, double[] Multipliers)> Case =
        from json in RandomInventories.Json
        from multipliers in Gen.ArrayOf(Multiplier, 64)
        select (json, multipliers);

    [Fact]
    public void Reduced_model_gives_exactly_the_full_calculations_figures_for_random_inventories_and_multipliers()
    {
        var collapsed = 0;
        Prop.ForAll(Case.ToArbitrary(), c =>
            {
                var inventory = InventoryReader.Read(JsonDocument.Parse(c.Json).RootElement);
                var baseline = Calculator.Calculate(inventory, new FactorResolver(Set));
                var sources = Sources(inventory, baseline);
                var multipliers = c.Multipliers.AsSpan(0, Math.Min(sources.Count, c.Multipliers.Length));
                var model = DrawModel.Of(inventory, Set, [], baseline, collapseFrom: 0);
                collapsed += model.Collapsed ? 1 : 0;

                var reduced = model.Calculate(sources, multipliers);
                var full = Full(inventory, sources, multipliers);

                Assert.Equal(Figures(full), Figures(reduced));
            })
            .Check(PropertyRuns.Quick(300));
        Assert.True(collapsed > 100, $"only {collapsed} of 300 random inventories ran collapsed: the property hardly tested the collapse");
    }

    [Fact]
    public void A_refrigerant_blends_gwp_moves_with_its_components()
    {
        var inventory = InventoryReader.Read(JsonDocument.Parse("""{"period": "2022", "refrigerants": [{"gas": "R-410A", "released": "10 kg"}]}""").RootElement);
        var baseline = Calculator.Calculate(inventory, new FactorResolver(Set));
        // The blend's own factor is computed, not the set's; its components' GWPs are the set's factors that move it.
        List<UncertaintySource> sources =
        [
            .. Sources(inventory, baseline),
            .. Set.Factors.Where(f => f.Parameter == FactorParameter.Gwp).Select(f => new UncertaintySource(f.Id, UncertaintySource.Factor, 5m, UncertaintyDistribution.Normal, "test")),
        ];
        var multipliers = sources.Select((_, k) => 1.1 + (k * 0.05)).ToArray();

        var reduced = DrawModel.Of(inventory, Set, [], baseline).Calculate(sources, multipliers);

        Assert.Equal(Figures(Full(inventory, sources, multipliers)), Figures(reduced));
        Assert.NotEqual(Figures(baseline), Figures(reduced));
    }

    /// <summary>Every kind of activity data the inventory has, then every factor of the set the figures used.</summary>
    private static List<UncertaintySource> Sources(global::Emissions.Inventory.Inventory inventory, CalculationResult baseline)
    {
        var ids = Set.Factors.Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. UncertaintyInputs.All.Where(kind => InventoryScaling.Has(inventory, kind))
                .Select(kind => new UncertaintySource(kind, UncertaintySource.Activity, 2m, UncertaintyDistribution.Normal, "test")),
            .. baseline.Metrics.SelectMany(m => m.Trace.Factors).Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Where(ids.Contains).Select(id => new UncertaintySource(id, UncertaintySource.Factor, 5m, UncertaintyDistribution.Normal, "test")),
        ];
    }

    /// <summary>The whole calculation with every line of each kind scaled and each moved factor overridden at value × multiplier.</summary>
    private static CalculationResult Full(global::Emissions.Inventory.Inventory inventory, List<UncertaintySource> sources, ReadOnlySpan<double> multipliers)
    {
        var overrides = new List<FactorOverride>();
        for (var k = 0; k < sources.Count; k++)
        {
            var by = StatisticsBoundary.Multiplier(multipliers[k]);
            if (sources[k].Kind == UncertaintySource.Activity)
            {
                inventory = InventoryScaling.Scale(inventory, sources[k].Name, by);
            }
            else
            {
                var factor = Set.Factors.First(f => f.Id == sources[k].Name);
                overrides.Add(new FactorOverride(factor.Id, factor.Value with { Value = factor.Value.Value * by }));
            }
        }

        return Calculator.Calculate(inventory, new FactorResolver(Set, overrides));
    }

    // Each figure as field, exact value (every digit and trailing zero) and unit.
    // The exact value without the trailing zeros of its scale: a sum taken over collapsed lines can carry one zero more
    // (1580556.122238128493330 for 1580556.12223812849333) with the same value, and the draws read values, not scales.
    private static List<string> Figures(CalculationResult result) =>
        [.. result.Metrics.Select(m => $"{m.Field} {Emissions.Quantities.DecimalText.Exact(m.Quantity.As(m.Unit))} {m.Unit}")];
}
