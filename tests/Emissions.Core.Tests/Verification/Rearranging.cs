using Emissions.Metrics.Expressions;
using Emissions.Verification;

namespace Emissions.Core.Tests.Verification;

/// <summary>The solver's rearrangement with the operands as lambdas, as the tests write them (the solver itself takes structs).</summary>
internal static class Rearranging
{
    public static T Rearrange<T>(
        RearrangePath steps, T target, IArithmetic<T> arithmetic, Func<int, T> slot, Func<FactorReference, T>? factor, RearrangeMemo<T>? memo = null)
    {
        var values = new DelegateOperandValues<T>(slot, factor);
        return ImpliedSolver.Rearrange(steps, target, new InterfaceArithmetic<T>(arithmetic), ref values, memo);
    }
}
