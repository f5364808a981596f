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
public static class ImpliedSolver
{
    /// <summary>How many times <paramref name="isUnknown"/> matches in the formula (after expanding yoy, pp, sum).</summary>
    public static int Occurrences(Expr formula, Func<Expr, bool> isUnknown)
    {
        ArgumentNullException.ThrowIfNull(isUnknown);
        return Walk(Normalize(formula));

        int Walk(Expr e) => isUnknown(e) ? 1 : e switch
        {
            Binary b => Walk(b.Left) + Walk(b.Right),
            Negation n => Walk(n.Operand),
            _ => 0,
        };
    }

    /// <summary>
    /// The unknown's value (or range) that makes the formula equal <paramref name="target"/>, by
    /// rearrangement; null when the unknown does not occur exactly once.
    /// </summary>
    public static bool TryRearrange<T>(
        Expr formula, Func<Expr, bool> isUnknown, T target, IArithmetic<T> arithmetic, Func<string, T> lookup, Func<FactorReference, T>? factor, out T result)
    {
        ArgumentNullException.ThrowIfNull(arithmetic);
        ArgumentNullException.ThrowIfNull(isUnknown);
        result = target;
        var normalized = Normalize(formula);
        if (Occurrences(normalized, isUnknown) != 1)
        {
            return false;
        }

        var e = normalized;
        var y = target;
        while (!isUnknown(e))
        {
            switch (e)
            {
                case Negation n:
                    y = arithmetic.Negate(y);
                    e = n.Operand;
                    break;
                case Binary b when Occurrences(b.Left, isUnknown) == 1:
                    var v = Evaluate(b.Right);
                    y = b.Operator switch
                    {
                        '+' => arithmetic.Subtract(y, v),
                        '-' => arithmetic.Add(y, v),
                        '*' => arithmetic.Divide(y, v),
                        _ => arithmetic.Multiply(y, v),
                    };
                    e = b.Left;
                    break;
                case Binary b:
                    var u = Evaluate(b.Left);
                    y = b.Operator switch
                    {
                        '+' => arithmetic.Subtract(y, u),
                        '-' => arithmetic.Subtract(u, y),
                        '*' => arithmetic.Divide(y, u),
                        _ => arithmetic.Divide(u, y),
                    };
                    e = b.Right;
                    break;
                default:
                    return false;
            }
        }

        result = y;
        return true;

        T Evaluate(Expr e) => ExpressionEvaluator.Evaluate(e, arithmetic, lookup, factor);
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
        double F(double x) => Evaluate(normalized, x) - goal;

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

        if (!ZeroCrossingBracketing.Expand(F, ref lower, ref upper, 1.6, 60))
        {
            return null;
        }

        var accuracy = 1e-13 * Math.Max(1d, Math.Abs(x0));
        if (!Brent.TryFindRoot(F, lower, upper, accuracy, 200, out var root) || double.IsNaN(root) || double.IsInfinity(root))
        {
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
            Binary b => b with { Left = Normalize(b.Left), Right = Normalize(b.Right) },
            Negation n => n with { Operand = Normalize(n.Operand) },
            FunctionCall { Function: "pp" } c => new Binary('-', Normalize(c.Arguments[0]), Normalize(c.Arguments[1])),
            FunctionCall { Function: "sum" } c => c.Arguments.Select(Normalize).Aggregate((a, b) => new Binary('+', a, b)),
            FunctionCall { Function: "yoy" } c => new Binary('*',
                new Binary('/', new Binary('-', Normalize(c.Arguments[0]), Normalize(c.Arguments[1])), Normalize(c.Arguments[1])),
                new Constant(new Measurement(100m, UnitCatalog.Get("")))),
            _ => formula,
        };
    }

    /// <summary>Every factor reference in the formula.</summary>
    public static IEnumerable<FactorReference> Factors(Expr formula) => formula switch
    {
        FactorReference f => [f],
        Binary b => Factors(b.Left).Concat(Factors(b.Right)),
        Negation n => Factors(n.Operand),
        FunctionCall c => c.Arguments.SelectMany(Factors),
        _ => [],
    };
}
