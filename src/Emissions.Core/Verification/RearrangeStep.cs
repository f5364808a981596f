namespace Emissions.Verification;

/// <summary>
/// One operation undone when a formula is rearranged for an unknown that occurs once (<see cref="ImpliedSolver.Rearrange{T, TArithmetic, TValues}(RearrangePath, T, TArithmetic, ref TValues, RearrangeMemo{T})"/>):
/// the operator and the side the unknown is on, and the other operand, either a name read by its slot (the usual
/// case: y = a + x) or a part compiled over the formula's slots. Worked out once per formula (<see cref="FormulaShape"/>).
/// </summary>
/// <param name="Operator">'+', '-', '*' or '/' of the operation, or <see cref="Negate"/>.</param>
/// <param name="UnknownLeft">Whether the unknown is in the left operand.</param>
/// <param name="Slot">The other operand's slot when it is a single name, else −1.</param>
/// <param name="Part">The other operand compiled, when it is not a single name.</param>
internal readonly record struct RearrangeStep(char Operator, bool UnknownLeft, int Slot, Metrics.Expressions.CompiledFormula? Part)
{
    /// <summary>The operator of a negation step (y = −x → x = −y).</summary>
    public const char Negate = '~';
}
