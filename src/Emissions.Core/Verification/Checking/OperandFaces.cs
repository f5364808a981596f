using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>A relation's operands at face value, and its factors, read by slot and reference (a struct: direct calls, no closure).</summary>
internal readonly struct OperandFaces(Operand[] slots, IReadOnlyDictionary<FactorReference, Quantity> factors) : IOperandValues<Quantity>
{
    public Quantity Slot(int slot) => slots[slot].Face;

    public Quantity Factor(FactorReference reference) => factors[reference];
}
