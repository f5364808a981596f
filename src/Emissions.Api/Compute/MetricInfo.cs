namespace Emissions.Api.Compute;

/// <summary>One catalogue entry on the wire (GET /v1/metrics).</summary>
public sealed record MetricInfo(
    string Id,
    string Kind,
    string Unit,
    string Name,
    string? NameZh,
    string? Formula,
    IReadOnlyList<string> DisclosureCodes);
