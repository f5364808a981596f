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
            Kebab(set.Method.ToString()),
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

    public static FactorWireRecord Factor(Factor factor)
    {
        ArgumentNullException.ThrowIfNull(factor);
        var a = factor.Applicability;
        return new FactorWireRecord(
            factor.Id,
            Kebab(factor.Parameter.ToString()),
            factor.Basis,
            factor.Value.Value.ToString(CultureInfo.InvariantCulture),
            factor.Value.Unit.Symbol,
            factor.Gas,
            factor.GwpBasis,
            new ApplicabilityWire(a.Carrier, a.Region, a.DataYear,
                a.ReportingYearFrom is null && a.ReportingYearTo is null ? null : [a.ReportingYearFrom, a.ReportingYearTo], a.Ch4Convention),
            Kebab(factor.Verification.ToString()),
            factor.Source,
            factor.Note,
            factor.Edition.Path);
    }

    /// <summary>EmissionFactor → emission-factor, N2OPerEnergy → n2o-per-energy.</summary>
    public static string Kebab(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]) && char.IsUpper(pascal[i - 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
