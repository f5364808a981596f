namespace Emissions.Factors;

/// <summary>
/// A named selection of editions and conventions. Its content hash (sha256 over a canonical form
/// of every value it can resolve) pins a calculation so that it can be reproduced years later.
/// </summary>
public sealed record FactorSet(
    string Id,
    string Title,
    string? Description,
    IReadOnlyList<string> Editions,
    ScopeOneMethod Method,
    string Gwp,
    string Ch4Convention,
    string? NaturalGasRow,
    string ElectricityLocationBasis,
    string? ElectricityResidualBasis,
    FallbackPolicy Fallbacks,
    int? ReportingYear,
    IReadOnlyList<Factor> Factors,
    IReadOnlyList<RefrigerantBlend> Blends,
    string ContentHash)
{
    /// <summary>
    /// Countries for which this set is the default when a calculation names none (the set file's
    /// <c>defaultFor</c>); not part of the content hash, since it changes no value the set resolves.
    /// </summary>
    public IReadOnlyList<string> DefaultFor { get; init; } = [];
}
