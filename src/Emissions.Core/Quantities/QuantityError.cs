namespace Emissions.Quantities;

/// <summary>Why a quantity or unit was rejected; stable so that callers can map errors by kind.</summary>
public enum QuantityError
{
    MalformedNumber,
    UnknownUnit,
    WrongKind,
    IncompatibleKinds,
    CurrencyMismatch,
    Overflow,
    DivisionByZero,

    /// <summary>A unit text beyond <see cref="UnitLimits"/> (length, factors, nesting, exponent): refused before any work.</summary>
    TooComplex,
}
