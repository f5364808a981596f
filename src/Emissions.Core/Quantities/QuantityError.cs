namespace Emissions.Quantities;

/// <summary>Why a quantity or unit was rejected; stable so that callers can map errors by kind.</summary>
public enum QuantityError
{
    /// <summary>The text has no number where one was expected, or one that is not a well-formed number ("1,23,4").</summary>
    MalformedNumber,
    /// <summary>The unit is in no catalogue spelling; <see cref="QuantityException.Suggestions"/> names the nearest.</summary>
    UnknownUnit,
    /// <summary>The value is of another kind than the one expected (a mass where an energy was asked for).</summary>
    WrongKind,
    /// <summary>Two quantities of different kinds were added, subtracted or compared.</summary>
    IncompatibleKinds,
    /// <summary>Two amounts in different currencies were combined; there are no exchange rates.</summary>
    CurrencyMismatch,
    /// <summary>A result beyond decimal's range (about 7.9e28 in canonical units): refused, never rounded.</summary>
    Overflow,
    /// <summary>A division by a zero quantity.</summary>
    DivisionByZero,

    /// <summary>A unit text beyond <see cref="UnitLimits"/> (length, factors, nesting, exponent): refused before any work.</summary>
    TooComplex,
}
