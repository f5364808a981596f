using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>
/// Exact decimal arithmetic on quantities, kinds checked at every step. A struct, so that code compiled for it as a
/// generic argument (the check's formulas and rearrangements) calls the quantity operators directly and may inline them;
/// <see cref="Instance"/> is the same arithmetic behind the interface, for callers that pass delegates.
/// </summary>
internal readonly struct ExactArithmetic : IArithmetic<Quantity>
{
    /// <summary>Boxed once: typed as the interface so that passing it never boxes again.</summary>
    public static readonly IArithmetic<Quantity> Instance = default(ExactArithmetic);

    public Quantity Constant(Quantity value) => value;

    public Quantity Add(Quantity left, Quantity right) => left + right;

    public Quantity Subtract(Quantity left, Quantity right) => left - right;

    public Quantity Multiply(Quantity left, Quantity right) => left * right;

    public Quantity Divide(Quantity left, Quantity right) => left / right;

    public Quantity Negate(Quantity value) => -value;
}
