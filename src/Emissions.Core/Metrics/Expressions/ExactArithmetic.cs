using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>Exact decimal arithmetic on quantities, kinds checked at every step.</summary>
internal sealed class ExactArithmetic : IArithmetic<Quantity>
{
    public static readonly ExactArithmetic Instance = new();

    public Quantity Constant(Quantity value) => value;

    public Quantity Add(Quantity left, Quantity right) => left + right;

    public Quantity Subtract(Quantity left, Quantity right) => left - right;

    public Quantity Multiply(Quantity left, Quantity right) => left * right;

    public Quantity Divide(Quantity left, Quantity right) => left / right;

    public Quantity Negate(Quantity value) => -value;
}
