using System.Globalization;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// How large a formula may be. The catalogue's longest formula has 9 operands and 2 levels of
/// parentheses; a custom relation summing every site of a large group stays far below these bounds.
/// They keep parsing and every later walk of the tree (evaluation, printing, solving for an implied
/// input) shallow: the parser checks them before each recursion, so no formula can exhaust the stack.
/// </summary>
internal static class ExpressionLimits
{
    /// <summary>Characters of the formula as written.</summary>
    public const int MaxLength = 10_000;

    /// <summary>Operands (names, numbers, factor references) in one formula.</summary>
    public const int MaxTerms = 500;

    /// <summary>Parentheses, unary minus signs and function calls inside one another.</summary>
    public const int MaxNesting = 32;

    /// <summary>
    /// Depth of a formula's tree as the evaluator walks it: a parsed formula stays within
    /// <see cref="MaxTerms"/> + <see cref="MaxNesting"/>; a tree built in code beyond it is refused, not overflowed.
    /// </summary>
    public const int MaxTreeDepth = MaxTerms + MaxNesting;

    internal static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
