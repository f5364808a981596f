namespace Emissions.Quantities;

/// <summary>The operations the kinds stored in a base unit (<see cref="IBaseUnitQuantity{TSelf, TUnit}"/>) share, written once.</summary>
internal static class BaseUnitQuantity
{
    public static TSelf From<TSelf, TUnit>(decimal value, TUnit unit)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        TSelf.FromBaseValue(Convert(value, TypedQuantity.UnitOf<TSelf, TUnit>(unit), TSelf.BaseUnit));

    public static TSelf Parse<TSelf, TUnit>(string text)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum
    {
        var measurement = Measurement.Parse(text, TSelf.Dimension);
        return TSelf.FromBaseValue(Convert(measurement.Value, measurement.Unit, TSelf.BaseUnit));
    }

    public static bool TryParse<TSelf, TUnit>(string text, out TSelf result)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        TypedQuantity.TryParse(text, Parse<TSelf, TUnit>, out result);

    public static decimal As<TSelf, TUnit>(TSelf quantity, TUnit unit)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        Convert(quantity.BaseValue, TSelf.BaseUnit, TypedQuantity.UnitOf<TSelf, TUnit>(unit));

    public static Measurement ToUnit<TSelf, TUnit>(TSelf quantity, TUnit unit)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        new(As(quantity, unit), TypedQuantity.UnitOf<TSelf, TUnit>(unit));

    /// <summary>How many times <paramref name="b"/> goes into <paramref name="a"/>, from the stored values (no round trip through the canonical unit).</summary>
    public static Ratio Divide<TSelf, TUnit>(TSelf a, TSelf b)
        where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        b.BaseValue == 0m
            ? throw new QuantityException(QuantityError.DivisionByZero, $"division by a zero {typeof(TSelf).Name}")
            : Ratio.FromDecimalFraction(Arithmetic.Divide(a.BaseValue, b.BaseValue));

    /// <summary>One exact conversion; an overflow anywhere in it is the <c>overflow</c> error, as in <see cref="Arithmetic"/>.</summary>
    private static decimal Convert(decimal value, Unit from, Unit to)
    {
        try
        {
            return from.ConvertTo(value, to);
        }
        catch (OverflowException)
        {
            throw Arithmetic.Overflow();
        }
    }
}
