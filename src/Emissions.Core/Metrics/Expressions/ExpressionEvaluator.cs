using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>Walks an <see cref="Expr"/> with a given arithmetic; names and factors come from the caller.</summary>
public static class ExpressionEvaluator
{
    public static T Evaluate<T>(Expr expr, IArithmetic<T> arithmetic, Func<string, T> lookup, Func<FactorReference, T>? factor = null)
    {
        ArgumentNullException.ThrowIfNull(expr);
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(lookup);
        return Walk(expr);

        T Walk(Expr e) => e switch
        {
            Constant c => arithmetic.Constant(c.Value.Quantity),
            Reference r => lookup(r.Name),
            FactorReference f => factor is null
                ? throw new ExpressionException($"no factor set to resolve {f}")
                : factor(f),
            Negation n => arithmetic.Negate(Walk(n.Operand)),
            Binary { Operator: '+' } b => arithmetic.Add(Walk(b.Left), Walk(b.Right)),
            Binary { Operator: '-' } b => arithmetic.Subtract(Walk(b.Left), Walk(b.Right)),
            Binary { Operator: '*' } b => arithmetic.Multiply(Walk(b.Left), Walk(b.Right)),
            Binary { Operator: '/' } b => arithmetic.Divide(Walk(b.Left), Walk(b.Right)),
            FunctionCall { Function: "pp" } c => arithmetic.Subtract(Walk(c.Arguments[0]), Walk(c.Arguments[1])),
            FunctionCall { Function: "yoy" } c => Yoy(Walk(c.Arguments[0]), Walk(c.Arguments[1])),
            FunctionCall { Function: "sum" } c => c.Arguments.Select(Walk).Aggregate(arithmetic.Add),
            _ => throw new ExpressionException($"cannot evaluate {e}"),
        };

        T Yoy(T current, T previous) =>
            arithmetic.Multiply(
                arithmetic.Divide(arithmetic.Subtract(current, previous), previous),
                arithmetic.Constant(Quantity.Ratio(100m)));
    }
}
