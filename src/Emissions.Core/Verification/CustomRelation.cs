using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>An auditor's own relation: the figure <see cref="Metric"/> (a figure id) equals <see cref="Formula"/> over figure ids.</summary>
public sealed record CustomRelation(string Id, string Metric, string FormulaText, Expr Formula)
{
    /// <summary>Where it came from (a JSON path or CSV line), for messages.</summary>
    public string? Source { get; init; }
}
