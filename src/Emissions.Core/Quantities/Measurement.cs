using System.Globalization;

namespace Emissions.Quantities;

/// <summary>
/// A value as it was printed, in the unit it was printed in: "69.44 萬噸" keeps 69.44 with its
/// two decimals and the unit 萬噸. Verification needs the printed precision; calculation
/// uses <see cref="Quantity"/>.
/// </summary>
public readonly partial record struct Measurement(decimal Value, Unit Unit)
{
    /// <summary>Decimals as printed: 2 for "69.44", 0 for "21,499".</summary>
    public int Scale => Value.Scale;

    /// <summary>The measurement in its kind's canonical unit, exactly (721,117.23 MWh is 721,117,230 kWh).</summary>
    /// <exception cref="QuantityException">The canonical value is beyond decimal's range (code <c>overflow</c>).</exception>
    public Quantity Quantity => Quantity.From(Value, Unit);

    /// <summary>The kind of the measurement, its unit's dimension.</summary>
    public Dimension Dimension => Unit.Dimension;

    /// <summary>Reads a figure as printed with its unit ("721,117.23 MWh", "69.44 萬噸", "5億500万度", "94.8 %"), the number in the invariant format, digits and printed precision kept.</summary>
    /// <param name="text">The printed figure.</param>
    /// <exception cref="QuantityException">The text has no number (code <c>malformed-number</c>), an unknown unit (code <c>unknown-unit</c>, with suggestions), or a value beyond decimal's range; the message names the text.</exception>
    public static Measurement Parse(string text) => Parse(text, NumberFormat.Invariant);

    /// <summary>
    /// Parses a value as printed with its unit, reading the number in <paramref name="format"/>: "1.234,5 kWh" is
    /// 1234.5 kWh with <see cref="NumberFormat.DecimalComma"/> and refused (naming the number) with the invariant format.
    /// </summary>
    public static Measurement Parse(string text, NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = PrintedUnitText.FoldWidth(text);
        if (format == NumberFormat.DecimalComma)
        {
            folded = PrintedNumber.ToInvariant(folded);
        }

        var trimmed = folded.AsSpan().Trim();
        var length = DecimalText.LeadingNumberLength(trimmed);
        if (length == 0)
        {
            throw new QuantityException(QuantityError.MalformedNumber, $"'{text}' does not start with a number",
                format == NumberFormat.DecimalComma
                    ? "a number then its unit, e.g. \"721.117,23 MWh\" (decimal-comma format: '.' or a space groups thousands in threes, ',' is the decimal point)"
                    : "a number then its unit, e.g. \"721,117.23 MWh\" (invariant format: ',' groups thousands in threes, '.' is the decimal point)");
        }

        // "1,234,5678 kWh" or "12.34.56 kWh": the number goes on past what reads as one, so it is malformed, not a unit.
        if (length < trimmed.Length && DecimalText.ContinuesNumber(trimmed[length]))
        {
            var end = length;
            while (end < trimmed.Length && DecimalText.ContinuesNumber(trimmed[end]))
            {
                end++;
            }

            throw PrintedNumber.NotANumber(trimmed[..end].ToString(), text);
        }

        // "1 234,5 kWh": digits after a space belong to the number (a space-grouped or decimal-comma figure), not to the unit.
        if (PrintedNumber.SpaceGroupedEnd(trimmed, length) is { } grouped)
        {
            throw PrintedNumber.NotANumber(trimmed[..grouped].ToString(), text);
        }

        // The text is a number as printed (the pattern matched), so decimal refused only its size.
        if (!DecimalText.TryParseChecked(trimmed[..length], out var value))
        {
            throw TooLarge(trimmed[..length].ToString(), text);
        }

        // "5億500万度": a figure written with Chinese scale words between its digit groups.
        PrintedNumber.ReadScaledGroups(trimmed, ref length, ref value);
        return new Measurement(value, ParseUnit(trimmed[length..], text));
    }

    /// <summary>Parses and requires the given kind, naming the value, its kind and the expected kind when they differ.</summary>
    public static Measurement Parse(string text, Dimension expected)
    {
        var measurement = Parse(text);
        if (measurement.Dimension != expected)
        {
            throw QuantityErrors.WrongKind(expected.ToString(), text.Trim(), measurement.Unit);
        }

        return measurement;
    }

    /// <summary>A value and a unit given apart ({"value": "721,117.23", "unit": "MWh"}).</summary>
    public static Measurement Parse(string value, string unit) => Parse(value, unit, NumberFormat.Invariant);

    /// <summary>A value and a unit given apart, the number read in <paramref name="format"/>.</summary>
    public static Measurement Parse(string value, string unit, NumberFormat format)
    {
        ArgumentNullException.ThrowIfNull(value);
        var folded = PrintedUnitText.FoldWidth(value).Trim();
        if (format == NumberFormat.DecimalComma)
        {
            folded = PrintedNumber.ToInvariant(folded);
        }

        if (!DecimalText.TryParse(folded, out var number))
        {
            throw folded.Length > 0 && DecimalText.LeadingNumberLength(folded) == folded.Length
                ? TooLarge(value.Trim(), null)
                : PrintedNumber.NotANumber(value.Trim(), null);
        }

        try
        {
            return new Measurement(number, UnitParser.Parse((unit ?? "").AsSpan()));
        }
        catch (QuantityException ex) when (ex.Error == QuantityError.UnknownUnit)
        {
            // The message quotes value and unit together; built only when the unit is unknown.
            throw UnknownUnit(ex, $"{value} {unit}");
        }
    }

    /// <summary>Values longer than this (in bytes) are read as strings: a printed figure is far shorter.</summary>
    private const int MaxUtf8Value = 64;

    /// <summary>
    /// The usual figure of a check request read straight from its UTF-8 bytes, with no string of the value: as
    /// <see cref="Parse(string, string, NumberFormat)"/> (a unit given apart) or, with no unit, <see cref="Parse(string, NumberFormat)"/>
    /// would read the text. False — read the text that way instead — for anything but an ASCII value in the invariant
    /// format that is a number as <see cref="DecimalText.TryParse(ReadOnlySpan{char}, out decimal)"/> reads one (with a
    /// unit apart) or digits, ',' and '.' alone (with none): a unit inside the value, full-width digits, a malformed or
    /// too-large number are read the string way, so that every error is still that parse's. An unknown unit given apart
    /// is refused here as there, the value's text made then.
    /// </summary>
    /// <param name="value">The value's bytes: valid UTF-8, no JSON escapes.</param>
    /// <param name="unit">The unit given apart, or null when the value's text would carry it.</param>
    /// <param name="format">The request's number format.</param>
    /// <param name="measurement">The measurement read, when the answer is true.</param>
    internal static bool TryParseUtf8(ReadOnlySpan<byte> value, string? unit, NumberFormat format, out Measurement measurement)
    {
        measurement = default;
        if (format != NumberFormat.Invariant || value.Length > MaxUtf8Value)
        {
            return false;
        }

        // The usual figure ("13,543.85") in one pass over its bytes; it is a number both parses read alike, unit or none.
        if (DecimalText.TryReadUsual(value, out var usual))
        {
            return TryMeasure(usual, value, unit, out measurement);
        }

        if (!System.Text.Ascii.IsValid(value))
        {
            return false;
        }

        // ASCII has nothing FoldWidth rewrites, and its characters are its bytes.
        Span<char> widened = stackalloc char[value.Length];
        System.Text.Ascii.ToUtf16(value, widened, out _);
        ReadOnlySpan<char> text = widened;
        decimal number;
        if (unit is null)
        {
            // Only a bare number, for which the number at the start is the whole text and the rest is no unit.
            if (text.IsEmpty || !char.IsAsciiDigit(text[0]) || text.ContainsAnyExcept(BareNumberCharacters) || !DecimalText.TryParse(text, out number))
            {
                return false;
            }

            measurement = new Measurement(number, UnitParser.Parse(ReadOnlySpan<char>.Empty));
            return true;
        }

        return DecimalText.TryParse(text.Trim(), out number) && TryMeasure(number, value, unit, out measurement);
    }

    // The number read, with the unit given apart (or none); an unknown unit refused as Parse(value, unit, format) refuses it.
    private static bool TryMeasure(decimal number, ReadOnlySpan<byte> value, string? unit, out Measurement measurement)
    {
        try
        {
            measurement = new Measurement(number, UnitParser.Parse((unit ?? "").AsSpan()));
            return true;
        }
        catch (QuantityException ex) when (ex.Error == QuantityError.UnknownUnit)
        {
            throw UnknownUnit(ex, $"{System.Text.Encoding.UTF8.GetString(value)} {unit}");
        }
    }

    private static readonly System.Buffers.SearchValues<char> BareNumberCharacters = System.Buffers.SearchValues.Create("0123456789,.");

    /// <summary>Like <see cref="Parse(string)"/>, but answers false instead of throwing for text that is not a figure with a unit.</summary>
    /// <param name="text">The printed figure.</param>
    /// <param name="measurement">The measurement read, or <c>default</c> when the answer is false.</param>
    /// <returns>Whether <paramref name="text"/> reads as a measurement.</returns>
    public static bool TryParse(string text, out Measurement measurement)
    {
        try
        {
            measurement = Parse(text);
            return true;
        }
        catch (QuantityException)
        {
            measurement = default;
            return false;
        }
    }

    /// <summary>The exact value in another unit of the same kind (no rounding).</summary>
    public Measurement ConvertTo(Unit target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (target.Dimension != Unit.Dimension)
        {
            throw QuantityErrors.CannotConvert($"'{this}'", Unit, target);
        }

        try
        {
            return new(Unit.ConvertTo(Value, target), target);
        }
        catch (QuantityException ex) when (ex.Error == QuantityError.Overflow)
        {
            var ratio = Unit.Scale / target.Scale;
            var magnitude = (double)Value * (double)ratio.Numerator / (double)ratio.Denominator;
            throw new QuantityException(QuantityError.Overflow,
                $"cannot convert '{this}' to '{target.Symbol}': the result, about {magnitude.ToString("0.###e0", CultureInfo.InvariantCulture)} {target.Symbol}, is too large for decimal",
                $"a quantity whose value in '{target.Symbol}' is at most {QuantityExpectations.DecimalMaximum} (about 7.9e28) in magnitude");
        }
    }

    /// <summary>
    /// As <see cref="ConvertTo(Unit)"/>, and whether decimal's 28 significant digits (at most 28 decimal places)
    /// rounded the exact result: 1 GJ is 277.777…8 MWh (rounded), 1 J is 2.777777777778e-16 TWh (rounded to 13 digits),
    /// 1e-30 J is 0 TWh (rounded to zero).
    /// </summary>
    public Measurement ConvertTo(Unit target, out bool rounded)
    {
        var result = ConvertTo(target);
        rounded = !(Unit.Scale / target.Scale).IsExactCanonical(Value, result.Value);
        return result;
    }

    /// <summary>As <see cref="ConvertTo(Unit)"/>, with the target unit given as text ("t", "吨", "GJ").</summary>
    /// <param name="target">The target unit's text.</param>
    /// <exception cref="QuantityException">The unit is unknown, of another kind (code <c>wrong-kind</c>), or the converted value overflows.</exception>
    public Measurement ConvertTo(string target) => ConvertTo(UnitParser.Parse(target));

    /// <summary>
    /// Product of values and of units, scales kept as exact fractions: 892.32 t × 43.0 TJ/Gg × 74,100 kgCO2/TJ
    /// is exactly 2,843.199216 tCO2 because TJ cancels before any division happens.
    /// </summary>
    public static Measurement operator *(Measurement a, Measurement b) => new(Arithmetic.Multiply(a.Value, b.Value), a.Unit * b.Unit);

    /// <summary>Quotient of values and of units, scales kept as exact fractions (kgCO2e / MWh); the value exact to decimal's 28 significant digits.</summary>
    /// <param name="a">The numerator.</param>
    /// <param name="b">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="b"/>'s value is zero (code <c>division-by-zero</c>) or the quotient overflows.</exception>
    public static Measurement operator /(Measurement a, Measurement b) => b.Value == 0m
        ? throw new QuantityException(QuantityError.DivisionByZero, $"division by zero ({b})")
        : new(Arithmetic.Divide(a.Value, b.Value), a.Unit / b.Unit);

    /// <summary>The named form of <c>*</c>: values and units multiplied.</summary>
    /// <param name="other">The other factor.</param>
    /// <exception cref="QuantityException">The product overflows.</exception>
    public Measurement Multiply(Measurement other) => this * other;

    /// <summary>The named form of <c>/</c>: values and units divided.</summary>
    /// <param name="other">The denominator.</param>
    /// <exception cref="QuantityException"><paramref name="other"/>'s value is zero or the quotient overflows.</exception>
    public Measurement Divide(Measurement other) => this / other;

    /// <summary>
    /// The value with the decimals it carries ("273431.40 m³"), so that parsing this text gives back the
    /// same value and the same printed precision. Invariant culture, no thousands separators.
    /// </summary>
    public override string ToString() => Format(Value.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// The exact value with trailing zeros trimmed ("694400 t" for 69.44 萬噸), for results of a
    /// conversion whose decimals say nothing about printed precision; see <see cref="DecimalText.Exact"/>.
    /// </summary>
    public string ToExactString() => Format(DecimalText.Exact(Value));

    private string Format(string number) => Unit is null || Unit.Symbol.Length == 0 ? number : $"{number} {Unit.Symbol}";

    private static Unit ParseUnit(ReadOnlySpan<char> unit, string text)
    {
        try
        {
            return UnitParser.Parse(unit);
        }
        catch (QuantityException ex) when (ex.Error == QuantityError.UnknownUnit)
        {
            throw UnknownUnit(ex, text);
        }
    }

    private static QuantityException TooLarge(string number, string? text) => new(QuantityError.Overflow,
        $"'{number}'{(text is null || text.Trim() == number ? "" : $" in '{text.Trim()}'")} is too large for decimal or has digits it cannot hold exactly",
        QuantityExpectations.RepresentableNumber)
    {
        NumberAtFault = true,
    };

    private static QuantityException UnknownUnit(QuantityException ex, string text) =>
        new(QuantityError.UnknownUnit, $"'{text.Trim()}': {ex.Message}", ex.Expected, ex.Suggestions) { Hint = ex.Hint };
}
