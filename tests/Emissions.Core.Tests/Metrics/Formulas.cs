using Emissions.Metrics.Expressions;

namespace Emissions.Core.Tests.Metrics;

/// <summary>Runs a formula as calculation and verification do (compiled, names as slots), looking each name up by name.</summary>
internal static class Formulas
{
    public static T Evaluate<T>(Expr formula, IArithmetic<T> arithmetic, Func<string, T> lookup)
    {
        var compiled = CompiledFormula.Compile(formula);
        return compiled.Run(arithmetic, slot => lookup(compiled.Names[slot]));
    }
}
