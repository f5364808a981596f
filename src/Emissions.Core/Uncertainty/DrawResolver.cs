using System.Collections.Concurrent;
using Emissions.Factors;
using Emissions.Quantities;

namespace Emissions.Uncertainty;

/// <summary>
/// The factors of one Monte Carlo draw (or one first-order step): each query answered once for all draws by the set and
/// the inventory's overrides (<see cref="Cache"/>), then the answer's factor at its value × the draw's multiplier when the
/// draw moves it. A <see cref="FactorResolver"/> built with the moved values as overrides picks the same factor (which
/// factor answers a query never depends on values) and gives it exactly this value; what it would re-do per draw is
/// the search through the set and the reason and warning texts, which no figure reads. A refrigerant blend's GWP is
/// computed from its components' values, so a blend with a moved component is asked of such a resolver.
/// </summary>
internal sealed class DrawResolver(DrawResolver.Cache cache, IReadOnlyDictionary<string, decimal> moves) : IFactorResolver
{
    private FactorResolver? _moved;

    public FactorSet FactorSet => cache.Set;

    public FactorResolution Resolve(FactorQuery query) => Moved(cache.Resolve(query));

    public FactorResolution ResolveGwp(string gas)
    {
        if (cache.Blend(gas) is { } blend && blend.Components.Any(c => cache.MovesGwp(c.Gas, moves)))
        {
            return (_moved ??= cache.Resolver(moves)).ResolveGwp(gas);
        }

        return Moved(cache.ResolveGwp(gas));
    }

    private FactorResolution Moved(FactorResolution resolution)
    {
        if (!moves.TryGetValue(resolution.Factor.Id, out var by))
        {
            return resolution;
        }

        var value = cache.Unmoved(resolution.Factor.Id);
        return resolution with { Factor = resolution.Factor with { Value = value with { Value = value.Value * by } } };
    }

    /// <summary>The set's and the overrides' answers to every query asked so far, shared by all draws (and threads).</summary>
    internal sealed class Cache(FactorSet set, IReadOnlyList<FactorOverride> overrides)
    {
        private readonly FactorResolver _resolver = new(set, overrides);
        private readonly ConcurrentDictionary<FactorQuery, Answer> _queries = new();
        private readonly ConcurrentDictionary<string, Answer> _gwps = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Measurement> _unmoved = Unmoved(set, overrides);

        public FactorSet Set => set;

        public FactorResolution Resolve(FactorQuery query) => _queries.GetOrAdd(query, static (q, r) => Answer.Of(() => r.Resolve(q)), _resolver).Get();

        public FactorResolution ResolveGwp(string gas) => _gwps.GetOrAdd(gas, static (g, r) => Answer.Of(() => r.ResolveGwp(g)), _resolver).Get();

        public RefrigerantBlend? Blend(string gas) => set.Blends.FirstOrDefault(b => string.Equals(b.Name, gas, StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether <paramref name="moves"/> moves the GWP factor the set gives for <paramref name="gas"/>.</summary>
        public bool MovesGwp(string gas, IReadOnlyDictionary<string, decimal> moves) =>
            _gwps.GetOrAdd(gas, static (g, r) => Answer.Of(() => r.ResolveGwp(g)), _resolver).Resolution is { } r && moves.ContainsKey(r.Factor.Id);

        /// <summary>A factor's value before the draw moves it: the inventory's override, else the set's first factor of that id (as <see cref="FactorResolver"/> takes it).</summary>
        public Measurement Unmoved(string id) => _unmoved[id];

        /// <summary>A resolver with every moved factor overridden at its value × multiplier (an override of an override moves the override).</summary>
        public FactorResolver Resolver(IReadOnlyDictionary<string, decimal> moves)
        {
            var all = new List<FactorOverride>(overrides.Count + moves.Count);
            foreach (var o in overrides)
            {
                all.Add(moves.TryGetValue(o.FactorId, out var by) ? o with { Value = o.Value with { Value = o.Value.Value * by } } : o);
            }

            foreach (var (id, by) in moves)
            {
                if (!overrides.Any(o => o.FactorId == id))
                {
                    var value = _unmoved[id];
                    all.Add(new FactorOverride(id, value with { Value = value.Value * by }));
                }
            }

            return new FactorResolver(set, all);
        }

        private static Dictionary<string, Measurement> Unmoved(FactorSet set, IReadOnlyList<FactorOverride> overrides)
        {
            var values = new Dictionary<string, Measurement>(StringComparer.Ordinal);
            foreach (var factor in set.Factors)
            {
                values.TryAdd(factor.Id, factor.Value);
            }

            foreach (var o in overrides)
            {
                values[o.FactorId] = o.Value;
            }

            return values;
        }
    }

    /// <summary>A resolution, or the failure to resolve (thrown afresh on every ask, as the resolver would throw it: value, reason and expectation kept).</summary>
    private sealed record Answer(FactorResolution? Resolution, FactorResolutionException? Failure)
    {
        public static Answer Of(Func<FactorResolution> resolve)
        {
            try
            {
                return new Answer(resolve(), null);
            }
            catch (FactorResolutionException ex)
            {
                return new Answer(null, ex);
            }
        }

        public FactorResolution Get() => Resolution ?? throw Failure!.Again();
    }
}
