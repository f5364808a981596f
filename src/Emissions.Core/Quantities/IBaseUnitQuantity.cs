namespace Emissions.Quantities;

/// <summary>
/// A typed quantity stored in its base unit (joules, seconds) rather than its canonical unit (kWh, h): the units it is
/// made in are terminating numbers of the base unit but not of the canonical one (1 J is 1/3,600,000 kWh), so going
/// through the base unit keeps conversions exact. The operations such a kind shares are <see cref="BaseUnitQuantity"/>.
/// </summary>
internal interface IBaseUnitQuantity<TSelf, TUnit> : IQuantity<TSelf, TUnit>
    where TSelf : struct, IBaseUnitQuantity<TSelf, TUnit>
    where TUnit : struct, Enum
{
    /// <summary>The unit the value is stored in.</summary>
    static abstract Unit BaseUnit { get; }

    /// <summary>The stored value, in <see cref="BaseUnit"/>.</summary>
    decimal BaseValue { get; }

    /// <summary>Makes a value of the kind from its value in <see cref="BaseUnit"/>.</summary>
    /// <param name="value">The value in the base unit.</param>
    static abstract TSelf FromBaseValue(decimal value);
}
