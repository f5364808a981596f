using Emissions.Budget;
using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>Walks an <see cref="Expr"/> with a given arithmetic; names and factors come from the caller.</summary>
internal static class ExpressionEvaluator
{
    public static T Evaluate<T>(Expr expr, IArithmetic<T> arithmetic, Func<string, T> lookup, Func<FactorReference, T>? factor = null)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(lookup);
        return Walk(expr, arithmetic, lookup, factor, 0);
    }

    // A static walk with its context passed down: checks evaluate several formulas per relation, and a
    // local function capturing the arguments allocated a closure on every call. The depth is checked
    // before each step down, so a tree built in code beyond ExpressionLimits is refused, not a stack overflow.
    private static T Walk<T>(Expr e, IArithmetic<T> arithmetic, Func<string, T> lookup, Func<FactorReference, T>? factor, int depth)
    {
        WorkBudget.Checkpoint();
        if (++depth > ExpressionLimits.MaxTreeDepth)
        {
            throw new ExpressionException($"formula nests more than {ExpressionLimits.MaxTreeDepth} deep (expected at most {ExpressionLimits.MaxTreeDepth})");
        }

        return e switch
        {
            Constant c => arithmetic.Constant(c.Value.Quantity),
            Reference r => lookup(r.Name),
            FactorReference f => factor is null
                ? throw new ExpressionException($"no factor set to resolve {f}")
                : factor(f),
            Negation n => arithmetic.Negate(Walk(n.Operand, arithmetic, lookup, factor, depth)),
            Binary { Operator: '+' } b => arithmetic.Add(Walk(b.Left, arithmetic, lookup, factor, depth), Walk(b.Right, arithmetic, lookup, factor, depth)),
            Binary { Operator: '-' } b => arithmetic.Subtract(Walk(b.Left, arithmetic, lookup, factor, depth), Walk(b.Right, arithmetic, lookup, factor, depth)),
            Binary { Operator: '*' } b => arithmetic.Multiply(Walk(b.Left, arithmetic, lookup, factor, depth), Walk(b.Right, arithmetic, lookup, factor, depth)),
            Binary { Operator: '/' } b => arithmetic.Divide(Walk(b.Left, arithmetic, lookup, factor, depth), Walk(b.Right, arithmetic, lookup, factor, depth)),
            FunctionCall { Function: "pp" } c => arithmetic.Subtract(Walk(c.Arguments[0], arithmetic, lookup, factor, depth), Walk(c.Arguments[1], arithmetic, lookup, factor, depth)),
            FunctionCall { Function: "yoy" } c => Yoy(Walk(c.Arguments[0], arithmetic, lookup, factor, depth), Walk(c.Arguments[1], arithmetic, lookup, factor, depth), arithmetic),
            FunctionCall { Function: "sum" } c => Sum(c.Arguments, arithmetic, lookup, factor, depth),
            _ => throw new ExpressionException($"cannot evaluate {e}"),
        };
    }

    /// <summary>The relative change (a − b) / b, a pure number (ISO 80000-1): 0.1 against a printed "10 %".</summary>
    private static T Yoy<T>(T current, T previous, IArithmetic<T> arithmetic) =>
        arithmetic.Divide(arithmetic.Subtract(current, previous), previous);

    /// <summary>Left to right, the first argument as the seed: sum() with no arguments fails as Aggregate did.</summary>
    private static T Sum<T>(IReadOnlyList<Expr> arguments, IArithmetic<T> arithmetic, Func<string, T> lookup, Func<FactorReference, T>? factor, int depth)
    {
        if (arguments.Count == 0)
        {
            throw new InvalidOperationException("Sequence contains no elements");
        }

        var total = Walk(arguments[0], arithmetic, lookup, factor, depth);
        for (var i = 1; i < arguments.Count; i++)
        {
            total = arithmetic.Add(total, Walk(arguments[i], arithmetic, lookup, factor, depth));
        }

        return total;
    }
}
