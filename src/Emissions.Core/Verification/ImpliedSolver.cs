using System.Runtime.CompilerServices;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using MathNet.Numerics.RootFinding;

namespace Emissions.Verification;

/// <summary>
/// Solves "target = formula" for one unknown (a figure or a factor), the others held fixed.
/// When the unknown occurs once the formula is rearranged step by step (y = a + x → x = y − a;
/// y = a / x → x = a / y …), which is exact for points and, with <see cref="IntervalArithmetic"/>,
/// gives the range of the unknown over the printed intervals. When it occurs more than once
/// (yoy(a, b) in b) the point is found by Brent's method on doubles (MathNet.Numerics); that
/// is the only place doubles are used, and no range is given.
/// </summary>
internal static class ImpliedSolver
{
    private const int MaxStackPath = 128;

    /// <summary>Undoes the operations on the path one by one: y = a + x → x = y − a; y = a / x → x = a / y …</summary>
    /// <remarks>
    /// The other operand of each step is a name read by slot or a part compiled over the formula's slots
    /// (<see cref="RearrangeStep"/>): <paramref name="values"/> gives the value of <see cref="FormulaShape.Names"/>[i].
    /// With <paramref name="memo"/> (the same operand values for every unknown solved with it), the steps and part nodes
    /// another unknown's rearrangement worked out already are not worked out again. The arithmetic and the operand values
    /// are structs (<see cref="IOperandValues{T}"/>): the code is made for them, so each operand read and each operation
    /// is a direct call, not a delegate's and an interface's.
    /// </remarks>
    [SkipLocalsInit]
    public static T Rearrange<T, TArithmetic, TValues>(RearrangePath steps, T target, TArithmetic arithmetic, ref TValues values, RearrangeMemo<T>? memo = null)
        where TArithmetic : struct, IArithmetic<T>
        where TValues : struct, IOperandValues<T>
    {
        // On the stack only up to a fixed size: a path's length comes from the request's formula, so a long one is
        // bounded by the formula limits, not by the stack.
        Span<int> order = steps.Length <= MaxStackPath ? stackalloc int[MaxStackPath] : new int[steps.Length];

        // Up from the unknown to the root, or to the first step already undone for another unknown: its value is where
        // this rearrangement starts. The steps below it are undone outermost first.
        var y = target;
        var count = 0;
        for (var step = steps.Innermost; step >= 0; step = steps.Outer(step))
        {
            if (memo is not null && memo.Steps.TryGet(step, out var known))
            {
                y = known;
                break;
            }

            order[count++] = step;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            var index = order[k];
            var step = steps[index];
            if (step.Operator == RearrangeStep.Negate)
            {
                y = arithmetic.Negate(y);
            }
            else
            {
                var other = step.Part is not { } part ? values.Slot(step.Slot)
                    : memo is null ? part.Run<T, TArithmetic, TValues>(arithmetic, ref values)
                    : part.Run(arithmetic, ref values, memo.Parts);
                y = (step.Operator, step.UnknownLeft) switch
                {
                    ('+', _) => arithmetic.Subtract(y, other),
                    ('-', true) => arithmetic.Add(y, other),
                    ('-', false) => arithmetic.Subtract(other, y),
                    ('*', _) => arithmetic.Divide(y, other),
                    (_, true) => arithmetic.Multiply(y, other),
                    _ => arithmetic.Divide(other, y),
                };
            }

            memo?.Steps.Set(index, y);
        }

        return y;
    }

    /// <summary>
    /// The unknown's value near <paramref name="start"/> (canonical units) that makes the formula
    /// equal <paramref name="target"/>, by bracketing and Brent's method; null when no root is found.
    /// </summary>
    public static decimal? FindRoot(
        Expr formula, Func<Expr, bool> isUnknown, decimal target, decimal start, Func<string, decimal> lookup, Func<FactorReference, decimal>? factor)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var normalized = Normalize(formula);
        var goal = (double)target;

        // Relative to the target, so the solver's accuracy does not depend on the scale of the result (a ratio 0.13 or 13).
        var scale = goal == 0d ? 1d : Math.Abs(goal);
        double F(double x) => (Evaluate(normalized, x) - goal) / scale;

        double Evaluate(Expr e, double x) => isUnknown(e) ? x : e switch
        {
            Constant c => (double)c.Value.Quantity.CanonicalValue,
            Reference r => (double)lookup(r.Name),
            FactorReference f => factor is null ? double.NaN : (double)factor(f),
            Negation n => -Evaluate(n.Operand, x),
            Binary { Operator: '+' } b => Evaluate(b.Left, x) + Evaluate(b.Right, x),
            Binary { Operator: '-' } b => Evaluate(b.Left, x) - Evaluate(b.Right, x),
            Binary { Operator: '*' } b => Evaluate(b.Left, x) * Evaluate(b.Right, x),
            Binary b => Evaluate(b.Left, x) / Evaluate(b.Right, x),
            _ => double.NaN,
        };

        var x0 = (double)start;
        var lower = x0 == 0d ? -1d : x0 * 0.5;
        var upper = x0 == 0d ? 1d : x0 * 1.5;
        if (lower > upper)
        {
            (lower, upper) = (upper, lower);
        }

        var accuracy = 1e-13 * Math.Max(1d, Math.Abs(x0));
        double root;
        try
        {
            if (!ZeroCrossingBracketing.Expand(F, ref lower, ref upper, 1.6, 60)
                || !Brent.TryFindRoot(F, lower, upper, accuracy, 200, out root) || double.IsNaN(root) || double.IsInfinity(root))
            {
                return null;
            }
        }
        catch (ArithmeticException)
        {
            // MathNet refuses a function value that is not a number (0/0, ∞ − ∞ between figures near decimal's ends):
            // no root found, as when the bracket does not close.
            return null;
        }

        try
        {
            return (decimal)root;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>yoy, pp and sum as the binary operations they stand for, so rearrangement sees every occurrence.</summary>
    public static Expr Normalize(Expr formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return formula switch
        {
            Binary b => Normalize(b.Left) is var left && Normalize(b.Right) is var right && (!ReferenceEquals(left, b.Left) || !ReferenceEquals(right, b.Right))
                ? b with { Left = left, Right = right }
                : b,
            Negation n => Normalize(n.Operand) is var operand && !ReferenceEquals(operand, n.Operand) ? n with { Operand = operand } : n,
            FunctionCall { Function: "pp" } c => new Binary('-', Normalize(c.Arguments[0]), Normalize(c.Arguments[1])),
            FunctionCall { Function: "sum" } c => c.Arguments.Select(Normalize).Aggregate((a, b) => new Binary('+', a, b)),
            FunctionCall { Function: "yoy" } c =>
                new Binary('/', new Binary('-', Normalize(c.Arguments[0]), Normalize(c.Arguments[1])), Normalize(c.Arguments[1])),
            _ => formula,
        };
    }
}
