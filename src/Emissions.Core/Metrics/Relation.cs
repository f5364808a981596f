using Emissions.Metrics.Expressions;

namespace Emissions.Metrics;

/// <summary>A catalogue formula: <c>energy.total = energy.direct + energy.indirect</c>.</summary>
public sealed record Relation(string Name, string Metric, Expr Formula, RelationKind Kind = RelationKind.Equal)
{
    /// <summary>A relation from its formula's text: <c>Parse("energy.total", "energy.direct + energy.indirect")</c>.</summary>
    /// <param name="metric">The metric on the left side.</param>
    /// <param name="formula">The right side's formula.</param>
    /// <param name="kind">Whether the metric equals the formula or is at least it.</param>
    /// <param name="name">The relation's name; null names it by its text.</param>
    /// <exception cref="ExpressionException">The formula does not parse; the message names the position.</exception>
    public static Relation Parse(string metric, string formula, RelationKind kind = RelationKind.Equal, string? name = null)
    {
        var expr = ExpressionParser.Parse(formula);
        return new Relation(name ?? $"{metric} {(kind == RelationKind.Equal ? "=" : "≥")} {expr}", metric, expr, kind);
    }

    /// <summary>The relation as written: <c>metric = formula</c> or <c>metric ≥ formula</c>.</summary>
    public string Text => $"{Metric} {(Kind == RelationKind.Equal ? "=" : "≥")} {Formula}";
}
