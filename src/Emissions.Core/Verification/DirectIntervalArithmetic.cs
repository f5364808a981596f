using System.Runtime.CompilerServices;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// An <see cref="IntervalArithmetic"/> (a sealed class) as a struct generic argument: code compiled for it calls the
/// arithmetic's methods directly, where the interface made every operation a dispatched call.
/// </summary>
internal readonly struct DirectIntervalArithmetic(IntervalArithmetic arithmetic) : IArithmetic<QuantityInterval>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Constant(Quantity value) => arithmetic.Constant(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Add(QuantityInterval left, QuantityInterval right) => arithmetic.Add(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Subtract(QuantityInterval left, QuantityInterval right) => arithmetic.Subtract(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Multiply(QuantityInterval left, QuantityInterval right) => arithmetic.Multiply(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Divide(QuantityInterval left, QuantityInterval right) => arithmetic.Divide(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public QuantityInterval Negate(QuantityInterval value) => arithmetic.Negate(value);
}
