namespace Emissions.Api.Compute;

/// <summary>
/// One catalogue entry on the wire (GET /v1/metrics): id, quantity kind, canonical unit, names in
/// English and Chinese (<see cref="NameZh"/> simplified, <see cref="NameZhHant"/> traditional), the
/// formula that defines it (right-hand side), every relation it takes part in as the left side
/// (<c>dc.pue = dc.energy.facility / dc.energy.it</c>, <c>dc.pue ≥ 1 + dc.clf + dc.plf</c>) and the
/// disclosure codes it answers. Intensities name their base metric and denominator.
/// </summary>
public sealed record MetricInfo(
    string Id,
    string Kind,
    string Unit,
    string Name,
    string? NameZh,
    string? NameZhHant,
    string? Formula,
    IReadOnlyList<string> Relations,
    IReadOnlyList<string> DisclosureCodes,
    string? BaseMetric = null,
    string? Denominator = null);
