using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>A relation's operands as printed intervals, and its factors as points (a struct: direct calls, no closure).</summary>
internal readonly struct OperandIntervals(Operand[] slots, IReadOnlyDictionary<FactorReference, Quantity> factors) : IOperandValues<QuantityInterval>
{
    public QuantityInterval Slot(int slot) => slots[slot].Interval;

    public QuantityInterval Factor(FactorReference reference) => QuantityInterval.Point(factors[reference]);
}
