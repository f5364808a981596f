using Emissions.Metrics.Expressions;

namespace Emissions.Metrics;

/// <summary>A catalogue formula: <c>energy.total = energy.direct + energy.indirect</c>.</summary>
public sealed record Relation(string Name, string Metric, Expr Formula, RelationKind Kind = RelationKind.Equal)
{
    public static Relation Parse(string metric, string formula, RelationKind kind = RelationKind.Equal, string? name = null)
    {
        var expr = ExpressionParser.Parse(formula);
        return new Relation(name ?? $"{metric} {(kind == RelationKind.Equal ? "=" : "≥")} {expr}", metric, expr, kind);
    }

    public string Text => $"{Metric} {(Kind == RelationKind.Equal ? "=" : "≥")} {Formula}";
}
