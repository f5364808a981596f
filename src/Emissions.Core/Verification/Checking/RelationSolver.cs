using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>
/// Solves one relation for one of its unknowns: by rearranging the formula when the unknown occurs once (exactly at
/// face value, and as a range over the printed intervals), else by root finding. The operands are read by slot through
/// structs made on the stack (<see cref="OperandFaces"/>, <see cref="OperandIntervals"/>), not closures.
/// </summary>
internal static class RelationSolver
{
    [ThreadStatic]
    private static Shared? t_shared;

    /// <summary>
    /// The values one relation's rearrangements share (this thread's, emptied): for solving every unknown of one
    /// relation over the same operands, then not used again (the next relation empties them again).
    /// </summary>
    public static Shared Share(FormulaShape shape)
    {
        var shared = t_shared ??= new Shared();
        shared.Point.Reset(shape);
        shared.Range.Reset(shape);
        return shared;
    }

    /// <summary>The figure at <paramref name="slot"/>'s exact value with the others at face value, and its range over the printed intervals (null after root finding).</summary>
    public static (decimal Value, QuantityInterval? Range)? SolveName(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, int slot, Shared? shared = null) =>
        shape.StepsForSlot(slot) is { } steps ? Rearranged(spec, steps, slots, factors, shared) : RootOfName(spec, shape, slots, factors, slot);

    /// <summary>The same for a factor.</summary>
    public static (decimal Value, QuantityInterval? Range)? SolveFactor(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, FactorReference factor, decimal start,
        Shared? shared = null) =>
        shape.StepsFor(factor) is { } steps ? Rearranged(spec, steps, slots, factors, shared) : RootOfFactor(spec, shape, slots, factors, factor, start);

    // The root finders' predicates are closures: made apart from the rearranged path above, so that a rearrangement
    // (nearly every solve) does not allocate them.
    private static (decimal Value, QuantityInterval? Range)? RootOfName(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, int slot) =>
        Root(spec, shape, slots, factors, e => e is Reference r && r.Name == shape.Names[slot], slots[slot].Face.CanonicalValue);

    private static (decimal Value, QuantityInterval? Range)? RootOfFactor(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, FactorReference factor, decimal start) =>
        Root(spec, shape, slots, factors, e => e.Equals(factor), start);

    /// <summary>
    /// The target rearranged along <paramref name="steps"/>, at face value and over the printed intervals; null when the
    /// arithmetic fails (a division by zero, a range of no values). With <paramref name="shared"/>, what an earlier
    /// rearrangement over the same operands worked out is reused.
    /// </summary>
    public static (Quantity Value, QuantityInterval Range)? Rearrange(
        Operand target, RearrangePath steps, Operand[] slots, IReadOnlyDictionary<FactorReference, Quantity> factors, Shared? shared = null)
    {
        var faces = new OperandFaces(slots, factors);
        var intervals = new OperandIntervals(slots, factors);
        try
        {
            var point = ImpliedSolver.Rearrange(steps, target.Face, default(ExactArithmetic), ref faces, shared?.Point);
            var range = ImpliedSolver.Rearrange(steps, target.Interval, new DirectIntervalArithmetic(IntervalArithmetic.Instance), ref intervals, shared?.Range);
            return (point, range);
        }
        catch (QuantityException)
        {
            return null;
        }
    }

    private static (decimal Value, QuantityInterval? Range)? Rearranged(
        RelationSpec spec, RearrangePath steps, Operand[] slots, Dictionary<FactorReference, Quantity> factors, Shared? shared) =>
        Rearrange(spec.Target, steps, slots, factors, shared) is (var point, var range) ? (point.CanonicalValue, range.IsEntire ? null : range) : null;

    private static (decimal Value, QuantityInterval? Range)? Root(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, Func<Expr, bool> isUnknown, decimal start)
    {
        try
        {
            var root = ImpliedSolver.FindRoot(shape.Normalized, isUnknown, spec.Target.Face.CanonicalValue, start,
                n => slots[IndexOf(shape, n)].Face.CanonicalValue, f => factors[f].CanonicalValue);
            return root is { } r ? (r, null) : null;
        }
        catch (QuantityException)
        {
            return null;
        }
    }

    private static int IndexOf(FormulaShape shape, string name)
    {
        for (var i = 0; i < shape.Names.Count; i++)
        {
            if (string.Equals(shape.Names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"'{name}' is not one of the formula's names");
    }

    /// <summary>What the rearrangements of one relation share, at face value and over the printed intervals.</summary>
    internal sealed class Shared
    {
        public RearrangeMemo<Quantity> Point { get; } = new();

        public RearrangeMemo<QuantityInterval> Range { get; } = new();
    }
}
