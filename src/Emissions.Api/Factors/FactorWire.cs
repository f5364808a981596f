using System.Globalization;
using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>Factor model → wire records: kebab-case enum names as in factors/schema, values as exact decimal strings.</summary>
public static class FactorWire
{
    public static FactorSetSummary Summary(FactorSet set, int? version) =>
        new(set.Id, set.Title, set.Description, set.ContentHash, version is null ? "shipped" : "custom", version, set.ReportingYear, set.Editions);

    public static FactorSetDetail Detail(FactorSet set, int? version)
    {
        ArgumentNullException.ThrowIfNull(set);
        var editions = set.Factors.Select(f => f.Edition).Concat(set.Blends.Select(b => b.Edition))
            .DistinctBy(e => e.Path)
            .ToDictionary(e => e.Path, StringComparer.Ordinal);
        return new FactorSetDetail(
            set.Id,
            set.Title,
            set.Description,
            set.ContentHash,
            version is null ? "shipped" : "custom",
            version,
            set.ReportingYear,
            set.Method.ToString().ToLowerInvariant(),
            set.Gwp,
            set.Ch4Convention,
            set.NaturalGasRow,
            set.ElectricityLocationBasis,
            set.ElectricityResidualBasis,
            new FallbackWire(set.Fallbacks.RegionToNational, set.Fallbacks.EarlierDataYear),
            [.. set.Editions.Select(path => editions.TryGetValue(path, out var e)
                ? new EditionWire(e.Path, e.Publisher, e.Title, e.DocumentNumber, e.PublishedOn, e.Source, e.Licence)
                : new EditionWire(path, null, null, null, null, null, null))],
            [.. set.Factors.Select(f => f.Id)],
            [.. set.Blends.Select(b => b.Id)]);
    }
}
