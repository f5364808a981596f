namespace Emissions.Quantities;

internal static class QuantityErrors
{
    public static QuantityException WrongKind(string expectedKind, Unit actual) =>
        new(QuantityError.WrongKind,
            $"unit '{actual.Symbol}' is {actual.Kind}", $"a unit of {expectedKind}");

    /// <summary>A value read as the wrong kind: names the value as written, its kind and the kind expected.</summary>
    public static QuantityException WrongKind(string expectedKind, string text, Unit actual) =>
        new(QuantityError.WrongKind,
            $"'{text}' is {actual.Kind} (unit '{actual.Symbol}')", $"a quantity of {expectedKind}");

    public static QuantityException CannotConvert(string value, Unit from, Unit to) =>
        new(QuantityError.WrongKind,
            $"cannot convert {value} to '{to.Symbol}': '{from.Symbol}' is {from.Kind}, '{to.Symbol}' is {to.Kind}",
            $"a target unit of {from.Kind}");

    public static QuantityException Incompatible(string operation, Dimension left, Dimension right)
    {
        if (left.Currency is not null && right.Currency is not null && left.Currency != right.Currency)
        {
            return new(QuantityError.CurrencyMismatch,
                $"cannot {operation} amounts in {left.Currency} and {right.Currency}: Emissions does no currency conversion");
        }

        return new(QuantityError.IncompatibleKinds, $"cannot {operation} {left} and {right}");
    }
}
