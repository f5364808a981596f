using Emissions.Metrics;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification.Checking;

/// <summary>One relation to evaluate for one target figure: its name and formula, how it compares, and how its names resolve to figures.</summary>
/// <remarks>
/// <c>FormulaText</c> is "metric = formula" as answered; null for an auditor's relation (<c>Custom</c>), whose text is
/// put together only when read (<see cref="Text"/>).
/// </remarks>
internal sealed record RelationSpec(
    string Name,
    Expr Formula,
    string? FormulaText,
    RelationKind Kind,
    Operand Target,
    FigureGroup Group,
    Func<string, Operand?> Resolve,
    CustomRelation? Custom)
{
    private FormulaShape? _shape;

    /// <summary>"metric = formula": the catalogue relation's text, or the auditor's relation's put together now.</summary>
    public string Text => FormulaText ?? CheckResult.FormulaTextOf(Custom!);

    /// <summary>The formula's shape (<see cref="FormulaShape.Of"/>), looked up once per spec; given when the selection already has it.</summary>
    public FormulaShape Shape
    {
        get => _shape ??= FormulaShape.Of(Formula);
        init => _shape = value;
    }
}
