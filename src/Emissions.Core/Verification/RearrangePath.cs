namespace Emissions.Verification;

/// <summary>
/// The steps rearranging a formula for one unknown that occurs once (<see cref="ImpliedSolver.Rearrange{T, TArithmetic, TValues}(RearrangePath, T, TArithmetic, ref TValues, RearrangeMemo{T})"/>): a chain in
/// its formula's table of steps (<see cref="FormulaShape"/>), one step per operation between the root and the unknown.
/// The table holds each operation's step once, and every unknown below it points into the same chain, so all the paths
/// of a formula take space in proportion to the formula (a sum of n terms: 2n steps, not n²/2 copied per name).
/// </summary>
internal readonly struct RearrangePath
{
    private readonly RearrangeStep[] _steps;
    private readonly int[] _outer;
    private readonly int _innermost;

    /// <summary>The path ending at <paramref name="innermost"/> (−1: the unknown is the whole formula, nothing to undo).</summary>
    /// <param name="steps">The formula's steps.</param>
    /// <param name="outer">The index of the step just above each step, −1 at the root.</param>
    /// <param name="innermost">The step nearest the unknown.</param>
    /// <param name="length">The steps from there up to the root.</param>
    public RearrangePath(RearrangeStep[] steps, int[] outer, int innermost, int length)
    {
        _steps = steps;
        _outer = outer;
        _innermost = innermost;
        Length = length;
    }

    /// <summary>The number of steps: at most the formula's depth (ExpressionLimits.MaxTreeDepth).</summary>
    public int Length { get; }

    /// <summary>The step at <paramref name="index"/>, an index from <see cref="Innermost"/> or <see cref="Outer"/>.</summary>
    public RearrangeStep this[int index] => _steps[index];

    /// <summary>The index of the step nearest the unknown, −1 when there is none.</summary>
    public int Innermost => _innermost;

    /// <summary>The index of the step just above <paramref name="step"/>, −1 at the root.</summary>
    public int Outer(int step) => _outer[step];
}
