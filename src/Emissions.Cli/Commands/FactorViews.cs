using System.Globalization;
using Emissions.Factors;

namespace Emissions.Cli.Commands;

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

internal sealed record FactorListView(string? Set, string? ContentHash, IReadOnlyList<FactorDto> Factors, IReadOnlyList<BlendView> Blends);

internal sealed record FactorDetailView(FactorDto Factor, EditionView Edition, IReadOnlyList<string> Sets);

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
