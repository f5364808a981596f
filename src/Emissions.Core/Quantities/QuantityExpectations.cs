using System.Globalization;

namespace Emissions.Quantities;

/// <summary>
/// What a quantity refused for each <see cref="QuantityError"/> should have been, in words that hold on every surface
/// (no HTTP resource, no command-line flag: <see cref="QuantityHint"/> carries those). A site that knows better (the
/// kind a field takes, the choices of an ambiguous unit) gives its own.
/// </summary>
internal static class QuantityExpectations
{
    /// <summary>decimal's largest magnitude, as every range error prints it.</summary>
    public const string DecimalMaximum = "79,228,162,514,264,337,593,543,950,335";

    /// <summary>A number in the invariant format.</summary>
    public const string InvariantNumber = "a number in the invariant format, e.g. 1,234.5 (',' groups thousands in threes, '.' is the decimal point)";

    /// <summary>A number in the decimal-comma format.</summary>
    public const string DecimalCommaNumber = "a number in the decimal-comma format, e.g. 1.234,5 or 1 234,5 ('.' or a space groups thousands in threes, ',' is the decimal point)";

    /// <summary>A number as written that decimal holds exactly.</summary>
    public const string RepresentableNumber = $"a number of at most 28 significant digits, at most {DecimalMaximum} (about 7.9e28) in magnitude and down to 1e-28";

    /// <summary>A result within decimal's range.</summary>
    public const string RepresentableResult = $"values whose result is at most {DecimalMaximum} (about 7.9e28) in magnitude in canonical units";

    /// <summary>A unit of the catalogue (the message names the nearest ones, when some are near).</summary>
    public const string KnownUnit = "a known unit such as t, kg, MWh, GJ, m³ or tCO2e/MWh";

    /// <summary>The default for an error kind.</summary>
    public static string For(QuantityError error) => error switch
    {
        QuantityError.MalformedNumber => InvariantNumber,
        QuantityError.UnknownUnit => KnownUnit,
        QuantityError.WrongKind => "a quantity of the kind this value stands for",
        QuantityError.IncompatibleKinds => "quantities of one kind",
        QuantityError.CurrencyMismatch => "amounts in one currency (Emissions does no currency conversion)",
        QuantityError.Overflow => RepresentableResult,
        QuantityError.DivisionByZero => "a non-zero divisor",
        QuantityError.TooComplex => Complexity,
        _ => InvariantNumber,
    };

    /// <summary>The bounds of a unit text (<see cref="UnitLimits"/>).</summary>
    public static readonly string Complexity = string.Create(CultureInfo.InvariantCulture,
        $"a unit of at most {UnitLimits.MaxLength} characters, {UnitLimits.MaxFactors} symbols and {UnitLimits.MaxNesting} levels of parentheses");
}
