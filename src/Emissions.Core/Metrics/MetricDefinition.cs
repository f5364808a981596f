using Emissions.Quantities;

namespace Emissions.Metrics;

/// <summary>
/// One node of the metric catalogue: id, kind and canonical unit, names in English and Chinese
/// (simplified, traditional), the disclosure codes it answers and the formulas that define it.
/// </summary>
public sealed record MetricDefinition(
    string Id,
    Unit CanonicalUnit,
    string NameEn,
    string NameZhHans,
    string NameZhHant,
    IReadOnlyList<string> DisclosureCodes,
    IReadOnlyList<Relation> Relations)
{
    /// <summary>The metric's kind, that of its canonical unit.</summary>
    public Dimension Kind => CanonicalUnit.Dimension;

    /// <summary>
    /// The relation that defines this metric — its first <c>=</c> formula — or null for an input. Calculation computes
    /// the metric by it; the metric's other relations are identities, checked and never computed.
    /// </summary>
    public Relation? Definition => Relations.FirstOrDefault(r => r.Kind == RelationKind.Equal);

    /// <summary>Per-employee unit when this metric has intensities (kg/person for waste, t/person for GHG …); null if none.</summary>
    public Unit? PerEmployeeUnit { get; init; }

    /// <summary>Other kinds a report may print this metric in (fuel in t or m³).</summary>
    public IReadOnlyList<Dimension> AlternativeKinds { get; init; } = [];

    /// <summary>The intensity this definition was derived from, if it is one.</summary>
    public Denominator? Denominator { get; init; }

    /// <summary>For a derived intensity, the id of the metric it divides (<c>ghg.total</c> for <c>ghg.total.per-employee</c>); null otherwise.</summary>
    public string? BaseMetric { get; init; }
}
