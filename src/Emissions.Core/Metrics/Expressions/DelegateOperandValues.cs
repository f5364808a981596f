namespace Emissions.Metrics.Expressions;

/// <summary>Operand values read through a caller's delegates (for callers that read a formula once, not per step).</summary>
internal readonly struct DelegateOperandValues<T>(Func<int, T> slot, Func<FactorReference, T>? factor) : IOperandValues<T>
{
    public T Slot(int slot1) => slot(slot1);

    public T Factor(FactorReference reference) =>
        factor is null ? throw new ExpressionException($"no factor set to resolve {reference}") : factor(reference);
}
