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

/// <summary>GET /v1/factors/{id}: one factor as published.</summary>
public sealed record FactorWireRecord(
    string Id,
    string Parameter,
    string? Basis,
    string Value,
    string Unit,
    string? Gas,
    string? GwpBasis,
    ApplicabilityWire Applicability,
    string Verification,
    string Source,
    string? Note,
    string Edition);

public sealed record ApplicabilityWire(string? Carrier, string? Region, int? DataYear, IReadOnlyList<int?>? ReportingYears, string? Ch4Convention);

/// <summary>POST /v1/factor-sets answer.</summary>
public sealed record FactorSetCreated(string Id, int Version, string ContentHash, string DefinitionHash);

/// <summary>GET /v1/factor-sets.</summary>
public sealed record FactorSetList(IReadOnlyList<FactorSetSummary> Sets);
