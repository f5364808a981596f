using Emissions.Inventory;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>An auditor's own relation: the figure <see cref="Metric"/> (a figure id) equals <see cref="Formula"/> over figure ids.</summary>
public sealed record CustomRelation(string Id, string Metric, string FormulaText, Expr Formula)
{
    // A JSON request's relation keeps its path as parts, made into a string only when a message reads it.
    private LinePath _source;

    /// <summary>Where it came from (a JSON path or CSV line), for messages.</summary>
    public string? Source
    {
        get => _source.TextOrNull;
        init => _source = LinePath.OfNullable(value);
    }

    /// <summary>The relation's JSON path held as parts (<see cref="LinePath"/>): <see cref="Source"/> built when first read.</summary>
    internal LinePath SourcePath
    {
        init => _source = value;
    }
}
