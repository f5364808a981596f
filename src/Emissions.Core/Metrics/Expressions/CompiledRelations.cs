using System.Runtime.CompilerServices;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// Each formula compiled once, on first use, and kept as long as the formula is: the catalogue's for the process, a
/// check request's own relations for as long as <see cref="CustomFormulas"/> keeps their text. Calculation and
/// verification run this one compiled form; neither walks a formula's tree per site or per request.
/// </summary>
internal static class CompiledRelations
{
    private static readonly ConditionalWeakTable<Expr, CompiledFormula> Compiled = [];

    public static CompiledFormula Of(Relation relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        return Of(relation.Formula);
    }

    /// <summary>The formula compiled with each name at its index in <see cref="CompiledFormula.Names"/>.</summary>
    public static CompiledFormula Of(Expr formula)
    {
        ArgumentNullException.ThrowIfNull(formula);
        return Compiled.GetValue(formula, static f => CompiledFormula.Compile(f));
    }
}
