using Emissions.Diagnostics;
using Emissions.Quantities;

namespace Emissions.Factors;

/// <summary>
/// Resolves factor queries against one <see cref="FactorSet"/> plus inline overrides. Pure: no IO.
/// <para>
/// Order of preference: an exact match (parameter, carrier, region, data year = requested year,
/// basis) before any fallback; among fallbacks, the same data year in the national region before
/// another data year. The only fallbacks are those the set's <see cref="FallbackPolicy"/> allows
/// (region → national, nearest earlier data year), plus one the set's author chose: a query for the
/// set's own reporting year resolves to the data year the set ships (cn-2020 ships data year 2021).
/// Every fallback, every override and every factor that is not confirmed is a warning.
/// </para>
/// </summary>
public sealed partial class FactorResolver : IFactorResolver
{
    private static readonly Unit GwpUnit = Unit.Parse("tCO2e/t");

    private readonly Dictionary<string, FactorOverride> _overrides = new(StringComparer.Ordinal);

    /// <summary>A resolver over one set; an override with a factor id replaces that factor wherever it is used, and the trace says so.</summary>
    /// <param name="factorSet">The set to resolve against.</param>
    /// <param name="overrides">One-off values for factor ids, or null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factorSet"/> is null.</exception>
    public FactorResolver(FactorSet factorSet, IReadOnlyList<FactorOverride>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(factorSet);
        FactorSet = factorSet;
        Overrides = overrides ?? [];

        var byId = new Dictionary<string, Factor>(StringComparer.Ordinal);
        foreach (var factor in factorSet.Factors)
        {
            byId.TryAdd(factor.Id, factor);
        }

        foreach (var entry in Overrides)
        {
            ArgumentNullException.ThrowIfNull(entry);
            if (!byId.TryGetValue(entry.FactorId, out var original))
            {
                throw new FactorResolutionException(
                    entry.FactorId,
                    $"set {factorSet.Id} has no factor with that id to override",
                    $"a factor id of set {factorSet.Id}{Closest(entry.FactorId, byId.Keys)}");
            }

            if (entry.Value.Unit is null || entry.Value.Dimension != original.Value.Dimension)
            {
                throw new FactorResolutionException(
                    entry.Value.Unit?.Symbol ?? "",
                    $"override for factor {entry.FactorId}: unit '{entry.Value.Unit?.Symbol}' is {entry.Value.Unit?.Kind ?? "missing"}, " +
                    $"but the factor is {original.Value.Unit.Kind} ('{original.Value.Unit.Symbol}')",
                    $"a value in the factor's own kind, {original.Value.Unit.Kind}, e.g. in '{original.Value.Unit.Symbol}'");
            }

            if (!_overrides.TryAdd(entry.FactorId, entry))
            {
                throw new FactorResolutionException(entry.FactorId, $"factor {entry.FactorId} is overridden more than once", "each factor overridden at most once");
            }
        }
    }

    /// <summary>The set factors are resolved against.</summary>
    public FactorSet FactorSet { get; }

    /// <summary>The overrides that win over the set's factors.</summary>
    public IReadOnlyList<FactorOverride> Overrides { get; }

    /// <summary>The factor for a parameter, carrier, region and year: an override if one names it, else the set's factor for the year (or the nearest year the set has), for the region or, failing it, its country; with the reason for the choice.</summary>
    /// <param name="query">What is needed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="FactorResolutionException">The carrier is unknown, the set has no factor for the query, or two factors answer it equally; the message lists what the set does have.</exception>
    public FactorResolution Resolve(FactorQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Carrier is not null && !Carriers.IsKnown(query.Carrier))
        {
            throw new FactorResolutionException(
                query.Carrier,
                $"unknown carrier '{query.Carrier}'",
                $"a known carrier: {string.Join(", ", Carriers.All)}{Closest(query.Carrier, Carriers.All)}");
        }

        var set = FactorSet;
        var year = query.Year ?? set.ReportingYear;
        var sameCarrier = set.Factors
            .Where(f => f.Parameter == query.Parameter && f.Applicability.Carrier == query.Carrier)
            .ToList();
        var pool = sameCarrier;
        if (query.Parameter == FactorParameter.Gwp)
        {
            pool = [.. pool.Where(f => f.GwpBasis == set.Gwp)];
        }

        if (query.Gas is not null)
        {
            pool = [.. pool.Where(f => string.Equals(f.Gas, query.Gas, StringComparison.OrdinalIgnoreCase))];
        }

        var (basis, basisNote) = ChooseBasis(query, pool);
        pool = [.. pool.Where(f => f.Basis == basis)];

        var regions = RegionChain(query.Region);
        foreach (var step in YearSteps(year))
        {
            foreach (var (region, national) in regions)
            {
                var picked = step.Pick([.. pool.Where(f => f.Applicability.Region == region)]);
                if (picked.Count == 0)
                {
                    continue;
                }

                if (picked.Count > 1)
                {
                    throw new FactorResolutionException(
                        Describe(query, year, basis),
                        $"{picked.Count} factors in set {set.Id} match {Describe(query, year, basis)}",
                        $"a query naming the gas or basis, so that one of them matches: {string.Join("; ", picked.Select(f => $"{f.Id} ({Describe(f)})"))}");
                }

                return Build(query, picked[0], region, national, step, year, basisNote);
            }
        }

        throw Miss(query, year, basis, sameCarrier);
    }

    /// <summary>The 100-year GWP of a gas or refrigerant blend (a blend's from its composition) under the set's assessment report and CH4 convention.</summary>
    /// <param name="gas">The gas or blend name ("HFC-134a", "R-410A").</param>
    /// <exception cref="ArgumentException"><paramref name="gas"/> is null or blank.</exception>
    /// <exception cref="FactorResolutionException">The set has no GWP for the gas (or for a gas of the blend).</exception>
    public FactorResolution ResolveGwp(string gas)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(gas);
        var blend = FactorSet.Blends.FirstOrDefault(b => string.Equals(b.Name, gas, StringComparison.OrdinalIgnoreCase));
        if (blend is not null)
        {
            return ResolveBlend(blend);
        }

        var warnings = new List<Warning>();
        var factor = GwpFactor(gas);
        var effective = Effective(factor, warnings, out var overridden);
        var convention = factor.Applicability.Ch4Convention is { } c ? $" ({c} CH4 value, the set's convention)" : "";
        var reason = $"GWP-100 of {factor.Gas} under {FactorSet.Gwp}{convention}: {Text(effective.Value)} ({factor.Id})";
        return new FactorResolution(effective, reason, warnings, overridden);
    }

    private FactorResolution ResolveBlend(RefrigerantBlend blend)
    {
        var warnings = new List<Warning>();
        var terms = new List<string>();
        var anyOverridden = false;
        var worst = blend.Verification;
        var sum = 0m;
        foreach (var component in blend.Components)
        {
            var factor = GwpFactor(component.Gas);
            var effective = Effective(factor, warnings, out var overridden);
            anyOverridden |= overridden;
            if (!overridden && factor.Verification > worst)
            {
                worst = factor.Verification;
            }

            var gwp = effective.Value.Unit.Equals(GwpUnit) ? effective.Value.Value : effective.Value.ConvertTo(GwpUnit).Value;
            sum += component.MassFraction * gwp;
            terms.Add($"{Number(component.MassFraction)} × {Number(gwp)} ({factor.Id})");
        }

        if (blend.Verification != VerificationStatus.Confirmed)
        {
            warnings.Add(Unconfirmed(blend.Verification, $"blend {blend.Id} is {blend.Verification.ToWire()}: {blend.Verification.Meaning()} ({blend.Source})"));
        }

        var computation = $"{blend.Name} under {FactorSet.Gwp} = {string.Join(" + ", terms)} = {Number(sum)} tCO2e/t";
        var computed = new Factor(
            blend.Id,
            FactorParameter.Gwp,
            null,
            new Measurement(sum, GwpUnit),
            blend.Name,
            FactorSet.Gwp,
            new Applicability(null, Regions.Global, null),
            worst,
            blend.Source,
            $"computed from the composition: {computation}",
            blend.Edition);
        return new FactorResolution(computed, $"{computation} (composition {blend.Id}, mass fractions)", warnings, anyOverridden);
    }

    private Factor GwpFactor(string gas)
    {
        var set = FactorSet;
        var pool = set.Factors
            .Where(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp && string.Equals(f.Gas, gas, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (pool.Any(f => f.Applicability.Ch4Convention is not null))
        {
            pool = [.. pool.Where(f => f.Applicability.Ch4Convention == set.Ch4Convention)];
        }

        if (pool.Count == 1)
        {
            return pool[0];
        }

        var gases = set.Factors
            .Where(f => f.Parameter == FactorParameter.Gwp && f.GwpBasis == set.Gwp && f.Gas is not null)
            .Select(f => f.Gas!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var blends = set.Blends.Select(b => b.Name).ToList();
        var has = gases.Count == 0 ? $"a set with {set.Gwp} GWPs (set {set.Id} has none)" : $"a gas or blend with an {set.Gwp} GWP in set {set.Id}: {string.Join(", ", gases)}";
        var blendText = blends.Count == 0 || gases.Count == 0 ? "" : $"; blends {string.Join(", ", blends)}";
        var problem = pool.Count == 0
            ? $"set {set.Id} has no {set.Gwp} GWP for '{gas}'{(gas.Equals("CH4", StringComparison.OrdinalIgnoreCase) ? $" with the {set.Ch4Convention} CH4 convention" : "")}"
            : $"set {set.Id} has {pool.Count} {set.Gwp} GWPs for '{gas}' ({string.Join(", ", pool.Select(f => f.Id))})";
        throw new FactorResolutionException(gas, problem, $"{has}{blendText}");
    }

    private FactorResolution Build(FactorQuery query, Factor factor, string region, bool national, YearStep step, int? year, string? basisNote)
    {
        var warnings = new List<Warning>();
        var how = new List<string>();
        var what = $"{query.Parameter.ToWire()} for {query.Carrier ?? "(no carrier)"}";
        if (national)
        {
            how.Add($"national factor for {query.Region} (region → national fallback)");
            warnings.Add(new Warning(WarningCodes.RegionFallback, WarningSeverity.Note,
                $"region fallback: set {FactorSet.Id} has no {what} in {query.Region}; using the national factor {factor.Id} ({region})",
                $"region fallback: set {FactorSet.Id} has no regional factors for {query.Region}; national ones are used"));
        }
        else if (region == Regions.Global && query.Region is not null && query.Region != Regions.Global)
        {
            how.Add($"global default, applies to {query.Region}");
        }

        var factorYear = YearText(factor);
        switch (step.Kind)
        {
            case YearStepKind.EarlierYear:
                how.Add($"nearest earlier data year for {year} (data-year fallback)");
                warnings.Add(new Warning(WarningCodes.DataYearFallback, WarningSeverity.Warning,
                    $"data-year fallback: set {FactorSet.Id} has no {what} in {region} for {year}; using {factorYear} ({factor.Id})"));
                break;
            case YearStepKind.SetDataYear:
                how.Add($"the data year set {FactorSet.Id} ships for reporting year {FactorSet.ReportingYear}");
                warnings.Add(new Warning(WarningCodes.DataYearDiffers, WarningSeverity.Warning,
                    $"set {FactorSet.Id} is for reporting year {FactorSet.ReportingYear} but has {what} in {region} only for {factorYear}; using {factor.Id}"));
                break;
            default:
                if (how.Count == 0)
                {
                    how.Add("exact match");
                }

                break;
        }

        if (basisNote is not null)
        {
            how.Add(basisNote);
        }

        var effective = Effective(factor, warnings, out var overridden);
        var reason = $"{factor.Id}: {query.Parameter.ToWire()} {Text(effective.Value)} ({Describe(factor)}) — {string.Join("; ", how)}";
        return new FactorResolution(effective, reason, warnings, overridden);
    }

    /// <summary>A secondary source is a note (the library's usual standing); an unverified value is a warning.</summary>
    private static Warning Unconfirmed(VerificationStatus status, string message) => status == VerificationStatus.Secondary
        ? new Warning(WarningCodes.FactorSecondary, WarningSeverity.Note, message, "factors from one secondary source or a third-party copy")
        : new Warning(WarningCodes.FactorUnverified, WarningSeverity.Warning, message);

    /// <summary>The factor with any override applied; warns about the override or about a value that is not confirmed.</summary>
    private Factor Effective(Factor factor, List<Warning> warnings, out bool overridden)
    {
        if (_overrides.TryGetValue(factor.Id, out var entry))
        {
            overridden = true;
            warnings.Add(new Warning(WarningCodes.FactorOverridden, WarningSeverity.Warning, $"factor {factor.Id} overridden: {Text(factor.Value)} → {Text(entry.Value)}"));
            return factor with { Value = entry.Value };
        }

        overridden = false;
        if (factor.Verification != VerificationStatus.Confirmed)
        {
            warnings.Add(Unconfirmed(factor.Verification, $"factor {factor.Id} is {factor.Verification.ToWire()}: {factor.Verification.Meaning()} ({factor.Source})"));
        }

        return factor;
    }
}
