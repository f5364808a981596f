using System.Runtime.CompilerServices;
using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// <see cref="ExactArithmetic"/> as a struct generic argument: code compiled for it calls the quantity operators
/// directly (and may inline them), where the interface made every operation a dispatched call.
/// </summary>
internal readonly struct DirectExactArithmetic : IArithmetic<Quantity>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Constant(Quantity value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Add(Quantity left, Quantity right) => left + right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Subtract(Quantity left, Quantity right) => left - right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Multiply(Quantity left, Quantity right) => left * right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Divide(Quantity left, Quantity right) => left / right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Quantity Negate(Quantity value) => -value;
}
