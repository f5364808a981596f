using Emissions.Metrics;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification.Checking;

/// <summary>One relation to evaluate for one target figure: its name and formula, how it compares, and how its names resolve to figures.</summary>
internal sealed record RelationSpec(
    string Name,
    Expr Formula,
    string FormulaText,
    RelationKind Kind,
    Operand Target,
    FigureGroup Group,
    Func<string, Operand?> Resolve,
    CustomRelation? Custom);
