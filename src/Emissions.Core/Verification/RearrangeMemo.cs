using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>
/// What the rearrangements of one formula's unknowns share, kept while the operand values stay the same: the value
/// after each undone step (<see cref="RearrangePath"/>'s chains share their outer steps) and each compiled part's nodes
/// (the parts nest). Solving every term of an n-term sum then undoes 2n steps and runs n nodes in all, not n² of each;
/// each value is worked out by the same operations in the same order as without it, so it is the same value.
/// </summary>
/// <typeparam name="T">The arithmetic's value (a quantity at face value, an interval).</typeparam>
internal sealed class RearrangeMemo<T>
{
    /// <summary>The value after undoing each step, by its index in the formula's table of steps.</summary>
    public KnownValues<T> Steps { get; } = new();

    /// <summary>The value of each node of the formula's compiled parts.</summary>
    public KnownValues<T> Parts { get; } = new();

    /// <summary>Forgets every value, for another set of operands or another formula.</summary>
    public void Reset(FormulaShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Steps.Reset(shape.StepCount);
        Parts.Reset(shape.PartNodeCount);
    }
}
