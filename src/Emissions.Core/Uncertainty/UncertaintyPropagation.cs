using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Emissions.Budget;
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
/// by the request, so the same seed gives the same intervals), the calculation repeated per draw on its reduced model
/// (<see cref="DrawModel"/>: the same figures, exactly, from a few lines and cached factors), the 2.5th and 97.5th
/// percentiles of each figure.</item>
/// </list>
/// </summary>
public static class UncertaintyPropagation
{
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
        var model = DrawModel.Of(inventory, set, baseOverrides, baseline);

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

    /// <summary>
    /// Each figure's draws (figure × draw). Every multiplier is drawn first, draw by draw and source by source from the one
    /// seeded generator (the order that makes a seed reproducible), then the draws are evaluated on all cores, each into
    /// its own slot: the answer does not depend on the order they finish in. A draw that fails (an overflow) fails the run
    /// with the failure of the earliest such draw, as one draw after another would.
    /// </summary>
    private static double[][] MonteCarlo(DrawModel model, List<UncertaintySource> sources, UncertaintyOptions options, List<string> notes)
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
        var budget = WorkBudget.Ambient; // the request's deadline and cancellation hold on every worker thread
        Parallel.ForEach(Partitioner.Create(0, options.Draws, Math.Max(64, options.Draws / (4 * Environment.ProcessorCount))), (range, loop) =>
        {
            using var adopted = WorkBudget.Adopt(budget);
            for (var d = range.Item1; d < range.Item2 && !loop.ShouldExitCurrentIteration; d++)
            {
                try
                {
                    model.Calculate(sources, multipliers.AsSpan(d * sources.Count, sources.Count), draws, d);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    failures[d] = ExceptionDispatchInfo.Capture(ex);
                    if (ex is WorkBudgetExceededException or OperationCanceledException)
                    {
                        loop.Stop(); // the whole request is over; any other failure leaves the earliest draw's to be found
                    }

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
}
