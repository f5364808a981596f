using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Emissions.Calculation;
using Emissions.Factors;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using MathNet.Numerics.Statistics;

namespace Emissions.Uncertainty;

/// <summary>
/// Propagates the uncertainty of a calculation's inputs to every figure it computed, two ways side by side, with the
/// calculation itself as the model (no second, hand-written formula for any figure):
/// <list type="bullet">
/// <item>first order (the GHG Protocol uncertainty tool, IPCC 2006 Vol. 1 Ch. 3 Approach 1): each figure's sensitivity to
/// each source from one exact (decimal) recalculation with that source moved by one part in a million — exact for sums and
/// products of independent sources, first-order for ratios — then σ² = Σ (sensitivity × σ_source)², 95 % = ± 1.96 σ;</item>
/// <item>Monte Carlo (IPCC Approach 2): every source drawn from its distribution (MathNet.Numerics, Mersenne Twister seeded
/// by the request, so the same seed gives the same intervals), the whole calculation repeated per draw, the 2.5th and
/// 97.5th percentiles of each figure.</item>
/// </list>
/// </summary>
public static class UncertaintyPropagation
{
    /// <summary>The relative step of the first-order sensitivities: small against any uncertainty, large against decimal's 28 digits.</summary>
    private const decimal Step = 0.000001m;

    private const double Z95 = 1.959963984540054;

    /// <summary>
    /// The uncertainty of <paramref name="baseline"/>, the calculation of <paramref name="inventory"/> with
    /// <paramref name="set"/> (and the inventory's own overrides).
    /// </summary>
    public static UncertaintyResult Run(Inventory.Inventory inventory, FactorSet set, CalculationResult baseline, UncertaintyOptions options)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(options);
        var notes = new List<string>();
        var baseOverrides = inventory.Overrides.Select(o => new FactorOverride(o.Factor, o.Value.Measurement)).ToList();
        var sources = Sources(inventory, set, baseline, options, notes);
        var model = new Model(Collapsed(inventory, set, baseOverrides, baseline), set, baseOverrides, baseline);

        var values = baseline.Metrics.Select(m => StatisticsBoundary.ToDouble(m.Value)).ToArray();
        var sensitivities = sources.Select(s => model.Sensitivity(s)).ToArray();
        var draws = MonteCarlo(model, sources, options, notes);

        var metrics = new List<MetricUncertainty>();
        for (var i = 0; i < values.Length; i++)
        {
            var variances = sources.Select((s, k) => Math.Pow(sensitivities[k][i] * s.RelativeSigma, 2)).ToArray();
            var variance = variances.Sum();
            var column = draws[i];
            Array.Sort(column);
            var low = SortedArrayStatistics.Quantile(column, 0.025);
            var high = SortedArrayStatistics.Quantile(column, 0.975);
            if (variance == 0 && low == high)
            {
                continue; // depends on no source: exact given the inputs
            }

            var half = Z95 * Math.Sqrt(variance);
            var metric = baseline.Metrics[i];
            var shares = sources.Select((s, k) => new SourceShare(s.Name, StatisticsBoundary.Percent(variance == 0 ? 0 : variances[k] / variance)))
                .Where(s => s.Percent > 0).OrderByDescending(s => s.Percent).ThenBy(s => s.Source, StringComparer.Ordinal).ToList();
            metrics.Add(new MetricUncertainty(metric.Field, metric.Unit.Symbol,
                new UncertaintyInterval(StatisticsBoundary.Low(low), StatisticsBoundary.High(high)),
                new UncertaintyInterval(StatisticsBoundary.Low(values[i] - half), StatisticsBoundary.High(values[i] + half)),
                StatisticsBoundary.Percent(values[i] == 0 ? 0 : half / Math.Abs(values[i])),
                shares));
        }

        return new UncertaintyResult(sources, options.Draws, options.Seed, metrics, notes);
    }

    /// <summary>
    /// The inventory with its lines summed per group when that gives every figure exactly (<see cref="InventoryCollapse"/>), else as it is:
    /// one error per kind moves a group's sum as it moves its lines, so the draws need not visit every line.
    /// </summary>
    private static Inventory.Inventory Collapsed(Inventory.Inventory inventory, FactorSet set, List<FactorOverride> overrides, CalculationResult baseline)
    {
        if (inventory.Electricity.Count + inventory.Fuels.Count + inventory.Heat.Count < 16)
        {
            return inventory;
        }

        var collapsed = InventoryCollapse.Of(inventory);
        try
        {
            var check = Calculator.Calculate(collapsed, new FactorResolver(set, overrides));
            return check.Metrics.Count == baseline.Metrics.Count
                && baseline.Metrics.Select((m, i) => check.Metrics[i].Field == m.Field && check.Metrics[i].Quantity == m.Quantity).All(same => same)
                ? collapsed
                : inventory;
        }
        catch (Exception ex) when (ex is Quantities.QuantityException or Inventory.InputException)
        {
            return inventory;
        }
    }

    /// <summary>The request's kinds of activity data that the inventory has, then every factor the calculation used (when factors are uncertain).</summary>
    private static List<UncertaintySource> Sources(Inventory.Inventory inventory, FactorSet set, CalculationResult baseline, UncertaintyOptions options, List<string> notes)
    {
        var sources = new List<UncertaintySource>();
        foreach (var input in options.Inputs)
        {
            if (InventoryScaling.Has(inventory, input.Input))
            {
                sources.Add(new UncertaintySource(input.Input, UncertaintySource.Activity, input.Percent, input.Distribution, "request"));
            }
            else
            {
                notes.Add($"{input.Input}: the inventory has none, so its uncertainty changes nothing");
            }
        }

        if (options.Factors is not { } factors)
        {
            return sources;
        }

        var known = set.Factors.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var used = baseline.Metrics.SelectMany(m => m.Trace.Factors).Select(f => f.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var id in used)
        {
            if (!known.TryGetValue(id, out var factor))
            {
                notes.Add($"{id}: not a factor of set {set.Id} (a value derived from others), so it is varied only through them");
                continue;
            }

            sources.Add(factors.Percent is { } percent
                ? new UncertaintySource(id, UncertaintySource.Factor, percent, UncertaintyDistribution.Normal, "request")
                : factor.Uncertainty is { } range ? Published(factor, range)
                : new UncertaintySource(id, UncertaintySource.Factor, FactorUncertainty.DocumentedDefaultPercent, UncertaintyDistribution.Normal,
                    $"documented default ±{FactorUncertainty.DocumentedDefaultPercent} % (the library records no published range for this factor)"));
        }

        return sources;
    }

    /// <summary>
    /// A factor's published 95 % range as a source: each side its own percentage of the value. First order takes the larger
    /// side (the method is symmetric; the larger side does not understate); Monte Carlo draws each side from its own half of
    /// a normal error, so the published limits are the 2.5th and 97.5th percentiles of the draws and the value their median.
    /// </summary>
    private static UncertaintySource Published(Factor factor, PublishedRange range)
    {
        var value = factor.Value.Value;
        var below = Math.Round(range.PercentBelow(value), 4, MidpointRounding.AwayFromZero);
        var above = Math.Round(range.PercentAbove(value), 4, MidpointRounding.AwayFromZero);
        var text = range.Text(factor.Value.Unit.Symbol);
        return new UncertaintySource(factor.Id, UncertaintySource.Factor, Math.Max(below, above), UncertaintyDistribution.Normal,
            $"published range {text} (−{below} % / +{above} %, 95 %): {range.Source}"
            + (range.Verification == VerificationStatus.Confirmed ? "" : $" (range {range.Verification.ToWire()}: {range.Verification.Meaning()})"))
        {
            Below = below == above ? null : below,
            Above = below == above ? null : above,
            Range = text,
            RangeSource = range.Source,
        };
    }

    /// <summary>
    /// Each figure's draws (figure × draw). Every multiplier is drawn first, draw by draw and source by source from the one
    /// seeded generator (the order that makes a seed reproducible), then the draws are evaluated on all cores, each into
    /// its own slot: the answer does not depend on the order they finish in. A draw that fails (an overflow) fails the run
    /// with the failure of the earliest such draw, as one draw after another would.
    /// </summary>
    private static double[][] MonteCarlo(Model model, List<UncertaintySource> sources, UncertaintyOptions options, List<string> notes)
    {
        var random = new MersenneTwister(options.Seed, threadSafe: false);
        var samplers = sources.Select(s => Sampler(s, random)).ToArray();
        var multipliers = new double[options.Draws * sources.Count];
        var limited = 0;
        for (var i = 0; i < multipliers.Length; i++)
        {
            multipliers[i] = samplers[i % samplers.Length]();
            limited += multipliers[i] < StatisticsBoundary.SmallestMultiplier ? 1 : 0;
        }

        var draws = model.Baseline.Metrics.Select(_ => new double[options.Draws]).ToArray();
        var failures = new ConcurrentDictionary<int, ExceptionDispatchInfo>();
        Parallel.ForEach(Partitioner.Create(0, options.Draws, Math.Max(64, options.Draws / (4 * Environment.ProcessorCount))), range =>
        {
            for (var d = range.Item1; d < range.Item2; d++)
            {
                try
                {
                    model.Calculate(sources, multipliers.AsSpan(d * sources.Count, sources.Count), draws, d);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures[d] = ExceptionDispatchInfo.Capture(ex);
                    return;
                }
            }
        });
        if (!failures.IsEmpty)
        {
            failures[failures.Keys.Min()].Throw();
        }

        if (limited > 0)
        {
            notes.Add($"{limited:N0} drawn multipliers were below {StatisticsBoundary.SmallestMultiplier} and taken as {StatisticsBoundary.SmallestMultiplier} (a quantity cannot be negative): an uncertainty this large is better given as uniform or triangular");
        }

        return draws;
    }

    private static Func<double> Sampler(UncertaintySource source, System.Random random)
    {
        var half = (double)source.Percent / 100;
        if (source is { Below: { } below, Above: { } above })
        {
            // An asymmetric published range: one standard normal draw, scaled by the side it falls on.
            var standard = new Normal(0, 1, random);
            var (low, high) = ((double)below / 100 / Z95, (double)above / 100 / Z95);
            return () =>
            {
                var z = standard.Sample();
                return 1 + z * (z < 0 ? low : high);
            };
        }

        IContinuousDistribution distribution = source.Distribution switch
        {
            UncertaintyDistribution.Normal => new Normal(1, source.RelativeSigma, random),
            UncertaintyDistribution.Uniform => new ContinuousUniform(1 - half, 1 + half, random),
            _ => new Triangular(1 - half, 1 + half, 1, random),
        };
        return distribution.Sample;
    }

    /// <summary>
    /// The calculation as a function of the sources' multipliers: the (collapsed) inventory with each kind of activity data
    /// scaled, and the factors of the draw from one shared <see cref="DrawResolver.Cache"/>, so a draw costs a calculation of
    /// a few lines with no search through the factor set.
    /// </summary>
    private sealed class Model(Inventory.Inventory inventory, FactorSet set, List<FactorOverride> overrides, CalculationResult baseline)
    {
        private readonly DrawResolver.Cache _factors = new(set, overrides);

        public CalculationResult Baseline { get; } = baseline;

        /// <summary>∂figure/∂(relative change of the source), each figure: one recalculation moved by <see cref="Step"/>.</summary>
        public double[] Sensitivity(UncertaintySource source)
        {
            var moved = source.Kind == UncertaintySource.Activity
                ? Calculator.Calculate(InventoryScaling.Scale(inventory, source.Name, 1 + Step), new DrawResolver(_factors, NoMoves))
                : Calculator.Calculate(inventory, new DrawResolver(_factors, new Dictionary<string, decimal>(StringComparer.Ordinal) { [source.Name] = 1 + Step }));
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
            var scaled = inventory;
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

            var result = Calculator.Calculate(scaled, new DrawResolver(_factors, moves));
            for (var i = 0; i < draws.Length; i++)
            {
                var before = Baseline.Metrics[i];
                var after = Same(result, i, before);
                draws[i][draw] = StatisticsBoundary.ToDouble(after is null ? before.Value : after.Quantity.As(before.Unit));
            }
        }

        private static readonly Dictionary<string, decimal> NoMoves = new(StringComparer.Ordinal);

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
    }
}
