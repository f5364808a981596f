using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>
/// Solves one relation for each of its unknowns in turn, with lookups built once: by rearranging the formula when
/// the unknown occurs once (exactly at face value, and as a range over the printed intervals), else by root finding.
/// </summary>
internal sealed class RelationSolver(RelationSpec spec, Dictionary<string, Operand> operands, Dictionary<FactorReference, Quantity> factors)
{
    private readonly FormulaShape _shape = FormulaShape.Of(spec.Formula);

    // Lookups made when first needed (root finding is rare), then shared by every unknown of the relation.
    private Operand[]? _slots;
    private Func<int, Quantity>? _face;
    private Func<int, QuantityInterval>? _interval;
    private Func<FactorReference, Quantity>? _factor;
    private Func<FactorReference, QuantityInterval>? _factorInterval;

    /// <summary>The figure's exact value with the others at face value, and its range over the printed intervals (null after root finding).</summary>
    public (decimal Value, QuantityInterval? Range)? Solve(string name, decimal start) =>
        _shape.NamePaths.TryGetValue(name, out var path) ? Rearranged(path) : Root(e => e is Reference r && r.Name == name, start);

    /// <summary>The same for a factor.</summary>
    public (decimal Value, QuantityInterval? Range)? Solve(FactorReference factor, decimal start) =>
        _shape.Paths.TryGetValue(factor, out var path) ? Rearranged(path) : Root(e => e.Equals(factor), start);

    private (decimal Value, QuantityInterval? Range)? Rearranged(IReadOnlyList<(Expr Node, bool Left)> path)
    {
        var target = spec.Target;
        try
        {
            var slots = _slots ??= Slots(_shape, operands);
            var point = ImpliedSolver.Rearrange(_shape, path, target.Face, ExactArithmetic.Instance, _face ??= i => slots[i].Face, _factor ??= f => factors[f]);
            var range = ImpliedSolver.Rearrange(_shape, path, target.Interval, IntervalArithmetic.Instance,
                _interval ??= i => slots[i].Interval, _factorInterval ??= f => QuantityInterval.Point(factors[f]));
            return (point.CanonicalValue, range.IsEntire ? null : range);
        }
        catch (QuantityException)
        {
            return null;
        }
    }

    /// <summary>The operands by slot of the compiled formula (every name of a relation that is solved has one).</summary>
    public static Operand[] Slots(FormulaShape shape, IReadOnlyDictionary<string, Operand> operands)
    {
        var slots = new Operand[shape.Names.Count];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = operands[shape.Names[i]];
        }

        return slots;
    }

    private (decimal Value, QuantityInterval? Range)? Root(Func<Expr, bool> isUnknown, decimal start)
    {
        try
        {
            var root = ImpliedSolver.FindRoot(_shape.Normalized, isUnknown, spec.Target.Face.CanonicalValue, start,
                n => operands[n].Face.CanonicalValue, f => factors[f].CanonicalValue);
            return root is { } r ? (r, null) : null;
        }
        catch (QuantityException)
        {
            return null;
        }
    }
}
