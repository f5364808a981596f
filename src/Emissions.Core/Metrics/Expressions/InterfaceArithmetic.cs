namespace Emissions.Metrics.Expressions;

/// <summary>Any <see cref="IArithmetic{T}"/> as a struct generic argument: its operations stay interface calls.</summary>
internal readonly struct InterfaceArithmetic<T>(IArithmetic<T> arithmetic) : IArithmetic<T>
{
    public T Constant(Quantities.Quantity value) => arithmetic.Constant(value);

    public T Add(T left, T right) => arithmetic.Add(left, right);

    public T Subtract(T left, T right) => arithmetic.Subtract(left, right);

    public T Multiply(T left, T right) => arithmetic.Multiply(left, right);

    public T Divide(T left, T right) => arithmetic.Divide(left, right);

    public T Negate(T value) => arithmetic.Negate(value);
}
