namespace Emissions.Api.Factors;

/// <summary>GET /v1/factor-sets entry.</summary>
public sealed record FactorSetSummary(
    string Id, string Title, string? Description, string ContentHash, string Source, int? Version, int? ReportingYear, IReadOnlyList<string> Editions);

/// <summary>GET /v1/factor-sets/{id}: the set's conventions, editions with provenance, content hash and the ids it holds.</summary>
public sealed record FactorSetDetail(
    string Id,
    string Title,
    string? Description,
    string ContentHash,
    string Source,
    int? Version,
    int? ReportingYear,
    string Method,
    string Gwp,
    string Ch4Convention,
    string? NaturalGasRow,
    string ElectricityLocationBasis,
    string? ElectricityResidualBasis,
    FallbackWire Fallbacks,
    IReadOnlyList<EditionWire> Editions,
    IReadOnlyList<string> Factors,
    IReadOnlyList<string> Blends);

public sealed record FallbackWire(bool RegionToNational, bool EarlierDataYear);

public sealed record EditionWire(string Path, string? Publisher, string? Title, string? DocumentNumber, string? PublishedOn, string? Source, string? Licence);

/// <summary>POST /v1/factor-sets answer.</summary>
public sealed record FactorSetCreated(string Id, int Version, string ContentHash, string DefinitionHash);

/// <summary>GET /v1/factor-sets.</summary>
public sealed record FactorSetList(IReadOnlyList<FactorSetSummary> Sets);
