namespace Emissions.Quantities;

/// <summary>A quantity kind known at compile time, with its unit enum (UnitsNet's shape).</summary>
public interface IQuantity<TSelf, TUnit>
    where TSelf : struct, IQuantity<TSelf, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>The dimension every value of the kind has.</summary>
    static abstract Dimension Dimension { get; }

    /// <summary>The value in the kind's canonical unit (kWh, kg, kg CO2e, m³, m², kW, h, person, 1).</summary>
    decimal CanonicalValue { get; }

    /// <summary>Makes a value of the kind from its value in the kind's canonical unit.</summary>
    /// <param name="canonicalValue">The value in the canonical unit (kWh, kg, kg CO2e, m³, m², kW, h, person, 1).</param>
    static abstract TSelf FromCanonical(decimal canonicalValue);

    /// <summary>The catalogue symbol of a unit of the kind, which <see cref="Unit.Parse"/> reads back.</summary>
    /// <param name="unit">A defined unit of the kind.</param>
    static abstract string SymbolOf(TUnit unit);
}

/// <summary>The operations every typed quantity shares, written once.</summary>
internal static class TypedQuantity
{
    public static TSelf From<TSelf, TUnit>(decimal value, TUnit unit)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        TSelf.FromCanonical(Quantity.From(value, UnitOf<TSelf, TUnit>(unit)).CanonicalValue);

    public static decimal As<TSelf, TUnit>(TSelf quantity, TUnit unit)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        new Quantity(quantity.CanonicalValue, TSelf.Dimension).As(UnitOf<TSelf, TUnit>(unit));

    public static Measurement ToUnit<TSelf, TUnit>(TSelf quantity, TUnit unit)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        new(As(quantity, unit), UnitOf<TSelf, TUnit>(unit));

    public static TSelf Parse<TSelf, TUnit>(string text)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        TSelf.FromCanonical(Measurement.Parse(text, TSelf.Dimension).Quantity.CanonicalValue);

    public static bool TryParse<TSelf, TUnit>(string text, out TSelf result)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        TryParse(text, Parse<TSelf, TUnit>, out result);

    /// <summary>Whether <paramref name="text"/> reads with <paramref name="parse"/>: false instead of its <see cref="QuantityException"/>.</summary>
    public static bool TryParse<T>(string text, Func<string, T> parse, out T result)
        where T : struct
    {
        try
        {
            result = parse(text);
            return true;
        }
        catch (QuantityException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>Reads a run-time <see cref="Quantity"/> as this kind, or fails naming both kinds.</summary>
    public static TSelf FromQuantity<TSelf, TUnit>(Quantity quantity)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        quantity.Dimension == TSelf.Dimension
            ? TSelf.FromCanonical(quantity.CanonicalValue)
            : throw new QuantityException(QuantityError.WrongKind, $"the value is {quantity.Kind}, not {TSelf.Dimension}", $"a quantity of {TSelf.Dimension}");

    public static Unit UnitOf<TSelf, TUnit>(TUnit unit)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        UnitParser.Parse(TSelf.SymbolOf(unit));

    public static string Format<TSelf, TUnit>(TSelf quantity, TUnit unit)
        where TSelf : struct, IQuantity<TSelf, TUnit>
        where TUnit : struct, Enum =>
        ToUnit(quantity, unit).ToExactString();
}
