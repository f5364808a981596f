using Emissions.Calculation;
using Emissions.Factors;

namespace Emissions.Uncertainty;

/// <summary>
/// The calculation as a function of the uncertainty sources' multipliers, built once per propagation: the inventory
/// collapsed to one line per distinct factor and activity combination when that gives every figure exactly
/// (<see cref="InventoryCollapse"/>), each kind of activity data scaled per draw, and the draw's factors from one shared
/// <see cref="DrawResolver.Cache"/>. A draw is then a calculation of a few lines with no search through the factor set;
/// the figures are those of <see cref="Calculator"/> itself (the catalogue's compiled formulas, data-center sites and
/// ratios included), so there is no second formula to drift. Safe to evaluate from several threads at once.
/// </summary>
internal sealed class DrawModel
{
    /// <summary>The relative step of the first-order sensitivities: small against any uncertainty, large against decimal's 28 digits.</summary>
    public const decimal Step = 0.000001m;

    /// <summary>Below this many electricity, fuel and heat lines the inventory is used as it is (collapsing saves nothing).</summary>
    public const int CollapseFrom = 16;

    private static readonly Dictionary<string, decimal> NoMoves = new(StringComparer.Ordinal);

    private readonly Inventory.Inventory _inventory;
    private readonly DrawResolver.Cache _factors;

    private DrawModel(Inventory.Inventory inventory, DrawResolver.Cache factors, CalculationResult baseline)
    {
        _inventory = inventory;
        _factors = factors;
        Baseline = baseline;
    }

    /// <summary>The unmoved calculation: which figures there are, in which order and unit.</summary>
    public CalculationResult Baseline { get; }

    /// <summary>Whether the draws run on the collapsed inventory.</summary>
    public bool Collapsed { get; private init; }

    /// <summary>The model of <paramref name="baseline"/>, the calculation of <paramref name="inventory"/> with <paramref name="set"/> and <paramref name="overrides"/>.</summary>
    public static DrawModel Of(Inventory.Inventory inventory, FactorSet set, List<FactorOverride> overrides, CalculationResult baseline, int collapseFrom = CollapseFrom)
    {
        var collapsed = Collapse(inventory, set, overrides, baseline, collapseFrom);
        return new DrawModel(collapsed ?? inventory, new DrawResolver.Cache(set, overrides), baseline) { Collapsed = collapsed is not null };
    }

    /// <summary>∂figure/∂(relative change of the source), each figure: one recalculation moved by <see cref="Step"/>.</summary>
    public double[] Sensitivity(UncertaintySource source)
    {
        var moved = source.Kind == UncertaintySource.Activity
            ? Calculator.Calculate(InventoryScaling.Scale(_inventory, source.Name, 1 + Step), new DrawResolver(_factors, NoMoves))
            : Calculator.Calculate(_inventory, new DrawResolver(_factors, new Dictionary<string, decimal>(StringComparer.Ordinal) { [source.Name] = 1 + Step }));
        var result = new double[Baseline.Metrics.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var before = Baseline.Metrics[i];
            var after = Same(moved, i, before);
            result[i] = after is null ? 0 : StatisticsBoundary.ToDouble((after.Quantity.As(before.Unit) - before.Value) / Step);
        }

        return result;
    }

    /// <summary>The figures with source k at <c>multipliers[k]</c>, each figure's value into <c>draws[figure][draw]</c>.</summary>
    public void Calculate(List<UncertaintySource> sources, ReadOnlySpan<double> multipliers, double[][] draws, int draw)
    {
        var result = Calculate(sources, multipliers);
        for (var i = 0; i < draws.Length; i++)
        {
            var before = Baseline.Metrics[i];
            var after = Same(result, i, before);
            draws[i][draw] = StatisticsBoundary.ToDouble(after is null ? before.Value : after.Quantity.As(before.Unit));
        }
    }

    /// <summary>The calculation with source k at <c>multipliers[k]</c> (as <see cref="StatisticsBoundary.Multiplier"/> takes a drawn value).</summary>
    public CalculationResult Calculate(List<UncertaintySource> sources, ReadOnlySpan<double> multipliers)
    {
        var scaled = _inventory;
        var moves = new Dictionary<string, decimal>(sources.Count, StringComparer.Ordinal);
        for (var k = 0; k < sources.Count; k++)
        {
            var by = StatisticsBoundary.Multiplier(multipliers[k]);
            if (sources[k].Kind == UncertaintySource.Activity)
            {
                scaled = InventoryScaling.Scale(scaled, sources[k].Name, by);
            }
            else
            {
                moves[sources[k].Name] = by;
            }
        }

        return Calculator.Calculate(scaled, new DrawResolver(_factors, moves));
    }

    /// <summary>The same figure in another run: at the same place in the list (the calculation's order is fixed), else looked up.</summary>
    private static MetricValue? Same(CalculationResult result, int index, MetricValue figure)
    {
        var metrics = result.Metrics;
        if (index < metrics.Count && metrics[index] is { } m && m.Id == figure.Id && m.Site == figure.Site)
        {
            return m;
        }

        return result.Find(figure.Id, figure.Site);
    }

    /// <summary>
    /// The inventory with its lines summed per group when that gives every figure exactly (<see cref="InventoryCollapse"/>), else null:
    /// one error per kind moves a group's sum as it moves its lines, so the draws need not visit every line.
    /// </summary>
    private static Inventory.Inventory? Collapse(Inventory.Inventory inventory, FactorSet set, List<FactorOverride> overrides, CalculationResult baseline, int collapseFrom)
    {
        if (inventory.Electricity.Count + inventory.Fuels.Count + inventory.Heat.Count < collapseFrom)
        {
            return null;
        }

        var collapsed = InventoryCollapse.Of(inventory);
        try
        {
            var check = Calculator.Calculate(collapsed, new FactorResolver(set, overrides));
            return check.Metrics.Count == baseline.Metrics.Count
                && baseline.Metrics.Select((m, i) => check.Metrics[i].Field == m.Field && check.Metrics[i].Quantity == m.Quantity).All(same => same)
                ? collapsed
                : null;
        }
        catch (Exception ex) when (ex is Quantities.QuantityException or Inventory.InputException)
        {
            return null;
        }
    }
}
