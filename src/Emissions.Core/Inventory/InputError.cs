namespace Emissions.Inventory;

/// <summary>What kind of bad input an <see cref="InputException"/> reports, so that callers can classify it without reading its message.</summary>
public enum InputError
{
    /// <summary>The value is well-formed but cannot be used (unknown fuel or region, negative amount, inconsistent figures).</summary>
    InvalidValue,

    /// <summary>A required field is absent or null.</summary>
    Missing,

    /// <summary>The field has the wrong JSON type (a number where an object is expected …).</summary>
    WrongType,

    /// <summary>The field is not part of the contract.</summary>
    UnknownField,

    /// <summary>The value is not a quantity (malformed number, unknown unit, wrong kind); the inner exception is the <c>QuantityException</c>.</summary>
    Quantity,

    /// <summary>The value names a factor id the factor set does not have.</summary>
    UnknownFactor,

    /// <summary>No factor in the set answers what the value needs (carrier, region, year); the inner exception is the <c>FactorResolutionException</c>.</summary>
    FactorNotResolved,
}
