using Emissions.Quantities;

namespace Emissions.Metrics.Expressions;

/// <summary>The arithmetic an evaluator brings: exact quantities or intervals of quantities.</summary>
internal interface IArithmetic<T>
{
    T Constant(Quantity value);

    T Add(T left, T right);

    T Subtract(T left, T right);

    T Multiply(T left, T right);

    T Divide(T left, T right);

    T Negate(T value);
}
