using Emissions.Calculation.DataCenters;
using Emissions.Diagnostics;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Quantities;

namespace Emissions.Calculation;

/// <summary>The state one calculation builds up: metrics by (id, site), warnings, and factor look-ups that are traced.</summary>
internal sealed class CalculationContext(Inventory.Inventory inventory, IFactorResolver resolver)
{
    private readonly List<MetricValue> _metrics = new(128);
    private readonly Dictionary<string, MetricValue> _organisation = new(StringComparer.Ordinal);
    private readonly HashSet<string> _settled = new(StringComparer.Ordinal);
    private readonly List<Warning> _warnings = [];
    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);
    private readonly Dictionary<FactorQuery, FactorResolution> _resolved = [];
    private readonly Dictionary<(FactorParameter Parameter, string Carrier, string? Region, string? Basis), FactorResolution> _byCarrier = [];
    private readonly Dictionary<string, FactorResolution> _gwps = new(StringComparer.Ordinal);
    private readonly Dictionary<FactorResolution, TraceFactor> _traced = new(ReferenceEqualityComparer.Instance);
    private SiteFigureTable? _sites;
    private int _sitesAt;

    public Inventory.Inventory Inventory { get; } = inventory;

    public IFactorResolver Resolver { get; } = resolver;

    /// <summary>The line amounts as columns: the reader's, or built here for an inventory built in code.</summary>
    public InventoryColumns Columns { get; } = InventoryColumns.Of(inventory);

    /// <summary>The inventory's default region, worked out once: every fuel line without a region asks for it.</summary>
    public string? DefaultRegion { get; } = inventory.DefaultRegion;

    /// <summary>Every figure in the order computed, the data-center sites' figures where they were calculated.</summary>
    public IReadOnlyList<MetricValue> Metrics => new MetricList(_metrics, _sitesAt, _sites);

    public IReadOnlyList<Warning> Warnings => _warnings;

    /// <summary>The reporting year, worked out once: every site and region asks for it (Inventory.Year parses the period on each read).</summary>
    public int? Year { get; } = inventory.Year;

    /// <summary>Resolves a query once per calculation: a 100,000-line inventory asks the same few questions again and again.</summary>
    /// <param name="query">What the line needs.</param>
    /// <param name="origin">Where the line gave the query's carrier and region, which a refusal names.</param>
    public FactorResolution Resolve(FactorQuery query, QueryOrigin origin)
    {
        try
        {
            return Remember(_resolved, query, Resolver.Resolve);
        }
        catch (FactorResolutionException ex)
        {
            throw Refusal(query, origin, ex);
        }
    }

    /// <summary>
    /// <see cref="Resolve(FactorQuery, QueryOrigin)"/> for a query without year or gas, keyed by its parts: a line's query is not
    /// allocated and hashed as a record when the same parts were resolved before.
    /// </summary>
    public FactorResolution Resolve(FactorParameter parameter, string carrier, string? region, string? basis, QueryOrigin origin)
    {
        var key = (parameter, carrier, region, basis);
        if (!_byCarrier.TryGetValue(key, out var resolution))
        {
            resolution = Resolve(new FactorQuery(parameter, carrier, region, Basis: basis), origin);
            _byCarrier[key] = resolution;
        }

        return resolution;
    }

    public FactorResolution? TryResolve(FactorQuery query)
    {
        try
        {
            return Remember(_resolved, query, Resolver.Resolve);
        }
        catch (FactorResolutionException)
        {
            return null;
        }
    }

    /// <summary>
    /// A query the set refused, named at the member to change: the carrier's when the set has nothing for the carrier (or
    /// has it for every region, so no region would help), else the region's — with, when none applies, the regions the set has.
    /// </summary>
    private InputException Refusal(FactorQuery query, QueryOrigin origin, FactorResolutionException ex)
    {
        var set = Resolver.FactorSet;
        var reason = ex.Reason ?? ex.Message;
        var expected = ex.Expected ?? $"a query set '{set.Id}' can resolve";
        var regions = set.Factors
            .Where(f => f.Parameter == query.Parameter && string.Equals(f.Applicability.Carrier, query.Carrier, StringComparison.Ordinal))
            .Select(f => f.Applicability.Region)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (regions.Count == 0 || (origin.RegionValue is null && regions.Contains(Regions.Global, StringComparer.Ordinal)))
        {
            return new InputException(origin.CarrierField, query.Carrier ?? query.Gas, expected, InputError.FactorNotResolved, ex, reason);
        }

        if (origin.RegionValue is null)
        {
            // The fix is to give a region, so the expectation is the regions that would do, not the set's whole list of factors.
            var within = set.Fallbacks.RegionToNational ? $" (or a region within one of them: set {set.Id} falls back from a region to its country)" : "";
            return new InputException(origin.RegionField, null,
                $"a \"region\" {origin.RegionPlaces}, one of those set {set.Id} has {query.Parameter.ToWire()}/{query.Carrier} for: {string.Join(", ", regions)}{within}",
                InputError.FactorNotResolved, ex, $"no region applies, so set '{set.Id}' cannot resolve it: {reason}");
        }

        return new InputException(origin.RegionField, origin.RegionValue, expected, InputError.FactorNotResolved, ex, reason);
    }

    /// <summary>A gas's GWP, resolved once per calculation, so every figure that uses it traces the same factor once.</summary>
    public FactorResolution ResolveGwp(string gas, string path)
    {
        try
        {
            return Remember(_gwps, gas, Resolver.ResolveGwp);
        }
        catch (FactorResolutionException ex)
        {
            throw new InputException(path, gas, ex.Expected ?? $"a gas or blend with a GWP in set '{Resolver.FactorSet.Id}'", InputError.FactorNotResolved, ex, ex.Reason ?? ex.Message);
        }
    }

    /// <summary>A resolution from <paramref name="cache"/>, or resolved, kept and its warnings recorded the first time it is asked for.</summary>
    private FactorResolution Remember<TKey>(Dictionary<TKey, FactorResolution> cache, TKey key, Func<TKey, FactorResolution> resolve)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var resolution))
        {
            resolution = resolve(key);
            cache[key] = resolution;
            foreach (var warning in resolution.Warnings)
            {
                Warn(warning);
            }
        }

        return resolution;
    }

    /// <summary>Records a warning once: the same message from two lines or two resolutions is one warning.</summary>
    public void Warn(Warning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        if (_warned.Add(warning.Message))
        {
            _warnings.Add(warning);
        }
    }

    public TraceFactor Trace(FactorResolution resolution)
    {
        if (!_traced.TryGetValue(resolution, out var trace))
        {
            trace = TraceFactor.Of(resolution);
            _traced[resolution] = trace;
        }

        return trace;
    }

    /// <summary>An organisation-wide metric by id (the first recorded), without scanning the site figures.</summary>
    public MetricValue? Find(string id) => _organisation.GetValueOrDefault(id);

    /// <summary>Whether a recipe or a definition has settled the organisation-wide metric: computed it, taken it as given, or found it absent.</summary>
    public bool IsSettled(string id) => _settled.Contains(id);

    /// <summary>The organisation-wide metrics in the order recorded: what intensities divide.</summary>
    public IReadOnlyList<MetricValue> OrganisationMetrics => _metrics;

    /// <summary>A metric with no components in the input: recorded only if the input gives it as a total.</summary>
    public MetricValue? SettleGivenOnly(string id) => Settle(id, null, static () => new Trace("given", [], [], []));

    /// <summary>
    /// Records a metric computed from components, unless the input gives the same metric as a
    /// measured total: then the given value wins, and the difference is a warning, never silent.
    /// <paramref name="trace"/> runs when the trace is first read, so it may only capture what no
    /// later step changes.
    /// </summary>
    public MetricValue? Settle(string id, Quantity? computed, Func<Trace> trace)
    {
        _settled.Add(id);
        var definition = MetricCatalog.Find(id);
        if (Inventory.Totals.TryGetValue(id, out var given))
        {
            var value = KindCoercion.ToKind(given.Quantity, definition, out var note);
            var notes = new List<string>();
            if (note is not null)
            {
                notes.Add(note);
            }

            if (computed is { } c)
            {
                var difference = value - c;
                var text = $"{DecimalText.Exact(c.As(definition.CanonicalUnit))} {definition.CanonicalUnit}";
                notes.Add($"computed from components: {text}; {trace().Formula}");
                if (difference.CanonicalValue != 0m)
                {
                    Warn(new Warning(WarningCodes.GivenTotalDiffers, WarningSeverity.Important,
                        $"{id}: the given total {given} differs from the sum of its components ({text}) by {DecimalText.Exact(difference.As(definition.CanonicalUnit))} {definition.CanonicalUnit}; the given total is used"));
                }
            }

            return Add(new MetricValue(id, value, definition.CanonicalUnit, null,
                new Trace("given (printed total)", [TraceInputs.Of(given)], [], notes)));
        }

        return computed is { } q ? Add(new DeferredMetric(id, q, definition.CanonicalUnit, null, trace)) : null;
    }

    /// <summary>Records an organisation-wide figure.</summary>
    public MetricValue Add(MetricValue value)
    {
        _settled.Add(value.Id);
        _metrics.Add(value);
        _organisation.TryAdd(value.Id, value);
        return value;
    }

    /// <summary>Records the data-center sites' figures, listed after the figures recorded so far.</summary>
    public void AddSites(SiteFigureTable sites)
    {
        _sites = sites;
        _sitesAt = _metrics.Count;
    }
}
