using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// A formula over metric ids, figure ids, factors and constants. The catalogue states each
/// formula once as an <see cref="Expr"/>; calculation and verification run it compiled once
/// (<see cref="CompiledFormula"/>), with exact quantities or with intervals.
/// </summary>
public abstract record Expr
{
    /// <summary>Every name this expression refers to (metric or figure ids), in order of appearance.</summary>
    /// <remarks>Found in one walk of the tree into one array: a long sum costs in proportion to its terms.</remarks>
    public IEnumerable<string> References() => ReferenceWalk.Names(this);

    /// <summary>The formula as written in the catalogue, parenthesised so that it parses back to the same tree.</summary>
    public abstract override string ToString();
}

/// <summary>A constant, optionally with a unit: <c>3.6 GJ/MWh</c>, <c>1</c>, <c>100</c>.</summary>
public sealed record Constant(Measurement Value) : Expr
{
    /// <summary>The constant with its unit, as written.</summary>
    public override string ToString() => Value.ToString();
}

/// <summary>A metric id (<c>energy.direct</c>) or figure id (<c>s1_2023</c>).</summary>
public sealed record Reference(string Name) : Expr
{
    /// <summary>The id referred to.</summary>
    public override string ToString() => Name;
}

/// <summary>A factor the evaluator resolves from the factor set: <c>@absorption-rate[forest]</c>.</summary>
public sealed record FactorReference(string Parameter, string Carrier) : Expr
{
    /// <summary>The reference as written: <c>@parameter[carrier]</c>.</summary>
    public override string ToString() => $"@{Parameter}[{Carrier}]";
}

/// <summary>An arithmetic operation of two sub-formulas: <c>energy.direct + energy.indirect</c>.</summary>
/// <param name="Operator">One of <c>+ - * /</c>.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
public sealed record Binary(char Operator, Expr Left, Expr Right) : Expr
{
    // Operators associate to the left, so a right operand of the same precedence keeps its parentheses:
    // a - (b + c) and a / (b * c) print as written and parse back to the same tree.
    /// <summary>The operation as written, a right operand of the same precedence kept in parentheses (<c>a - (b + c)</c>).</summary>
    public override string ToString() =>
        $"{Wrap(Left, Precedence(Left) < Precedence(Operator))} {Operator} {Wrap(Right, Precedence(Right) <= Precedence(Operator))}";

    private static string Wrap(Expr e, bool parenthesize) => parenthesize ? $"({e})" : e.ToString();

    private static int Precedence(Expr e) => e is Binary b ? Precedence(b.Operator) : int.MaxValue;

    internal static int Precedence(char op) => op is '+' or '-' ? 1 : 2;
}

/// <summary>A negated sub-formula: <c>-a</c>.</summary>
/// <param name="Operand">The sub-formula negated.</param>
public sealed record Negation(Expr Operand) : Expr
{
    // Minus binds tighter than any operator: -(a + b) and -(a * b) keep their parentheses.
    /// <summary>The negation as written, an operation operand in parentheses: <c>-(a + b)</c>.</summary>
    public override string ToString() => Operand is Binary ? $"-({Operand})" : $"-{Operand}";
}

/// <summary>
/// <c>yoy(a, b)</c> = (a − b) / b, the relative change as a pure number (0.1, which a figure printed
/// "10 %" equals); <c>pp(a, b)</c> = a − b (of two percentages: 0.05, printed "5 pp"); <c>sum(a, b, …)</c>.
/// </summary>
public sealed record FunctionCall(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    /// <summary>The call as written: <c>yoy(a, b)</c>.</summary>
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";
}
