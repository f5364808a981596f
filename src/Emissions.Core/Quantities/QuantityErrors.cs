namespace Emissions.Quantities;

internal static class QuantityErrors
{
    public static QuantityException WrongKind(string expectedKind, Unit actual) =>
        new(QuantityError.WrongKind,
            $"unit '{actual.Symbol}' is {actual.Kind}, expected {expectedKind}");

    public static QuantityException Incompatible(string operation, Dimension left, Dimension right) =>
        new(QuantityError.IncompatibleKinds, $"cannot {operation} {left} and {right}");
}
