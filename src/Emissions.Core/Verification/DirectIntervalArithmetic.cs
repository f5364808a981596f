using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// An <see cref="IntervalArithmetic"/> (a sealed class) as a struct generic argument: code compiled for it calls the
/// arithmetic's methods directly, where the interface made every operation a dispatched call.
/// </summary>
internal readonly struct DirectIntervalArithmetic(IntervalArithmetic arithmetic) : IArithmetic<QuantityInterval>
{
    public QuantityInterval Constant(Quantity value) => arithmetic.Constant(value);

    public QuantityInterval Add(QuantityInterval left, QuantityInterval right) => arithmetic.Add(left, right);

    public QuantityInterval Subtract(QuantityInterval left, QuantityInterval right) => arithmetic.Subtract(left, right);

    public QuantityInterval Multiply(QuantityInterval left, QuantityInterval right) => arithmetic.Multiply(left, right);

    public QuantityInterval Divide(QuantityInterval left, QuantityInterval right) => arithmetic.Divide(left, right);

    public QuantityInterval Negate(QuantityInterval value) => arithmetic.Negate(value);
}
