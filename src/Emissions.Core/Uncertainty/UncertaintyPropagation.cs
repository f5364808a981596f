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
            Lower = range.Lower,
            Upper = range.Upper,
            RangeUnit = factor.Value.Unit.Symbol,
            Confidence = 95,
        };
    }

    /// <summary>Each figure's draws (figure × draw), the calculation repeated with every source drawn once per draw.</summary>
    private static double[][] MonteCarlo(Model model, List<UncertaintySource> sources, UncertaintyOptions options, List<string> notes)
    {
        var random = new MersenneTwister(options.Seed, threadSafe: false);
        var samplers = sources.Select(s => Sampler(s, random)).ToArray();
        var draws = model.Baseline.Metrics.Select(_ => new double[options.Draws]).ToArray();
        var multipliers = new double[sources.Count];
        var limited = 0;
        for (var d = 0; d < options.Draws; d++)
        {
            for (var k = 0; k < samplers.Length; k++)
            {
                multipliers[k] = samplers[k]();
                limited += multipliers[k] < StatisticsBoundary.SmallestMultiplier ? 1 : 0;
            }

            var result = model.Calculate(sources, multipliers);
            model.Read(result, draws, d);
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

    /// <summary>The calculation as a function of the sources' multipliers.</summary>
    private sealed class Model(Inventory.Inventory inventory, FactorSet set, List<FactorOverride> overrides, CalculationResult baseline)
    {
        private readonly Dictionary<string, Factor> _factors = set.Factors.GroupBy(f => f.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        private FactorResolver? _unmoved;

        public CalculationResult Baseline { get; } = baseline;

        /// <summary>∂figure/∂(relative change of the source), each figure: one recalculation moved by <see cref="Step"/>.</summary>
        public double[] Sensitivity(UncertaintySource source)
        {
            var moved = source.Kind == UncertaintySource.Activity
                ? Calculator.Calculate(InventoryScaling.Scale(inventory, source.Name, 1 + Step), Resolver([]))
                : Calculator.Calculate(inventory, Resolver([(source.Name, 1 + Step)]));
            var result = new double[Baseline.Metrics.Count];
            for (var i = 0; i < result.Length; i++)
            {
                var before = Baseline.Metrics[i];
                var after = Same(moved, i, before);
                result[i] = after is null ? 0 : StatisticsBoundary.ToDouble((after.Quantity.As(before.Unit) - before.Value) / Step);
            }

            return result;
        }

        public CalculationResult Calculate(List<UncertaintySource> sources, double[] multipliers)
        {
            var scaled = inventory;
            var factorMoves = new List<(string, decimal)>();
            for (var k = 0; k < sources.Count; k++)
            {
                var by = StatisticsBoundary.Multiplier(multipliers[k]);
                if (sources[k].Kind == UncertaintySource.Activity)
                {
                    scaled = InventoryScaling.Scale(scaled, sources[k].Name, by);
                }
                else
                {
                    factorMoves.Add((sources[k].Name, by));
                }
            }

            return Calculator.Calculate(scaled, Resolver(factorMoves));
        }

        public void Read(CalculationResult result, double[][] draws, int draw)
        {
            for (var i = 0; i < draws.Length; i++)
            {
                var before = Baseline.Metrics[i];
                var after = Same(result, i, before);
                draws[i][draw] = StatisticsBoundary.ToDouble(after is null ? before.Value : after.Quantity.As(before.Unit));
            }
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

        /// <summary>The set with the inventory's own overrides and each moved factor at its value × multiplier (an override of an override moves the override).</summary>
        private FactorResolver Resolver(List<(string Id, decimal By)> moves)
        {
            if (moves.Count == 0)
            {
                return _unmoved ??= new FactorResolver(set, overrides);
            }

            var all = new List<FactorOverride>(overrides.Count + moves.Count);
            foreach (var o in overrides)
            {
                var move = moves.FindIndex(m => m.Id == o.FactorId);
                all.Add(move < 0 ? o : o with { Value = o.Value with { Value = o.Value.Value * moves[move].By } });
            }

            foreach (var (id, by) in moves)
            {
                if (!overrides.Exists(o => o.FactorId == id))
                {
                    var factor = _factors[id];
                    all.Add(new FactorOverride(id, factor.Value with { Value = factor.Value.Value * by }));
                }
            }

            return new FactorResolver(set, all);
        }
    }
}
