using System.Globalization;
using Emissions.Factors;

namespace Emissions.Cli.Commands;

/// <summary>The JSON shapes `emissions factors …` writes; values stay decimal strings as printed ("0.5810").</summary>
internal sealed record FactorView(
    string Id,
    string Parameter,
    string? Basis,
    string Value,
    string Unit,
    string? Gas,
    string? GwpBasis,
    ApplicabilityView Applicability,
    string Verification,
    string Source,
    string? Note,
    string Edition)
{
    public static FactorView From(Factor f) => new(
        f.Id,
        f.Parameter.ToWire(),
        f.Basis,
        f.Value.Value.ToString(CultureInfo.InvariantCulture),
        f.Value.Unit.Symbol,
        f.Gas,
        f.GwpBasis,
        ApplicabilityView.From(f.Applicability),
        f.Verification.ToWire(),
        f.Source,
        f.Note,
        f.Edition.Path);
}

internal sealed record ApplicabilityView(string? Carrier, string? Region, int? DataYear, IReadOnlyList<int>? ReportingYears, string? Ch4Convention)
{
    public static ApplicabilityView From(Applicability a) => new(
        a.Carrier,
        a.Region,
        a.DataYear,
        a.ReportingYearFrom is { } from && a.ReportingYearTo is { } to ? [from, to] : null,
        a.Ch4Convention);
}

internal sealed record BlendComponentView(string Gas, string MassFraction);

internal sealed record BlendView(string Id, string Name, IReadOnlyList<BlendComponentView> Components, string Verification, string Source, string Edition)
{
    public static BlendView From(RefrigerantBlend b) => new(
        b.Id,
        b.Name,
        [.. b.Components.Select(c => new BlendComponentView(c.Gas, c.MassFraction.ToString(CultureInfo.InvariantCulture)))],
        b.Verification.ToWire(),
        b.Source,
        b.Edition.Path);
}

internal sealed record BlendGwpView(string Set, string Gwp, string Value, string Computation);

internal sealed record EditionView(string Path, string Title, string? DocumentNumber, string? PublishedOn, string Source, string Licence, string? Note)
{
    public static EditionView From(Edition e) => new(e.Path, e.Title, e.DocumentNumber, e.PublishedOn, e.Source, e.Licence, e.Note);
}

internal sealed record FactorListView(string? Set, string? ContentHash, IReadOnlyList<FactorView> Factors, IReadOnlyList<BlendView> Blends);

internal sealed record FactorDetailView(FactorView Factor, EditionView Edition, IReadOnlyList<string> Sets);

internal sealed record BlendDetailView(BlendView Blend, EditionView Edition, IReadOnlyList<BlendGwpView> Gwps);

internal sealed record VerificationCountsView(int Confirmed, int Secondary, int Unverified)
{
    public static VerificationCountsView Of(IEnumerable<Factor> factors)
    {
        var list = factors.ToList();
        return new(
            list.Count(f => f.Verification == VerificationStatus.Confirmed),
            list.Count(f => f.Verification == VerificationStatus.Secondary),
            list.Count(f => f.Verification == VerificationStatus.Unverified));
    }
}

internal sealed record ElectricityView(string Location, string? Residual);

internal sealed record FallbacksView(bool RegionToNational, bool EarlierDataYear);

internal sealed record SetView(
    string Id,
    string Title,
    string? Description,
    int? ReportingYear,
    string Method,
    string Gwp,
    string Ch4Convention,
    string? NaturalGasRow,
    ElectricityView Electricity,
    FallbacksView Fallbacks,
    IReadOnlyList<string> Editions,
    int FactorCount,
    int BlendCount,
    VerificationCountsView Verification,
    string ContentHash)
{
    public static SetView From(FactorSet s) => new(
        s.Id,
        s.Title,
        s.Description,
        s.ReportingYear,
        s.Method == ScopeOneMethod.Cn ? "cn" : "ipcc",
        s.Gwp,
        s.Ch4Convention,
        s.NaturalGasRow,
        new ElectricityView(s.ElectricityLocationBasis, s.ElectricityResidualBasis),
        new FallbacksView(s.Fallbacks.RegionToNational, s.Fallbacks.EarlierDataYear),
        s.Editions,
        s.Factors.Count,
        s.Blends.Count,
        VerificationCountsView.Of(s.Factors),
        s.ContentHash);
}
