using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// <see cref="ExactArithmetic"/> as a struct generic argument: code compiled for it calls the quantity operators
/// directly (and may inline them), where the interface made every operation a dispatched call.
/// </summary>
internal readonly struct DirectExactArithmetic : IArithmetic<Quantity>
{
    public Quantity Constant(Quantity value) => value;

    public Quantity Add(Quantity left, Quantity right) => left + right;

    public Quantity Subtract(Quantity left, Quantity right) => left - right;

    public Quantity Multiply(Quantity left, Quantity right) => left * right;

    public Quantity Divide(Quantity left, Quantity right) => left / right;

    public Quantity Negate(Quantity value) => -value;
}
