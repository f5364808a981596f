using System.Globalization;

namespace Emissions.Quantities;

/// <summary>
/// How large a unit text may be. The longest unit in any report read so far ("kgCO2e/(10⁴元·year)",
/// "千個千瓦時") is under 25 characters with 3 factors, 1 level of parentheses and powers up to 3;
/// these bounds leave wide room for that and keep the parse linear and shallow, so that no unit text
/// can exhaust the stack or a core (every check happens before the work it bounds).
/// </summary>
internal static class UnitLimits
{
    /// <summary>Characters of the unit as written, white space included.</summary>
    public const int MaxLength = 256;

    /// <summary>Atomic symbols (kg, MWh, 万吨 …) in one unit.</summary>
    public const int MaxFactors = 32;

    /// <summary>Parentheses inside parentheses.</summary>
    public const int MaxNesting = 8;

    /// <summary>Largest power written after a symbol or in a 10ⁿ prefix, in absolute value (decimal holds 10^28).</summary>
    public const int MaxExponent = 99;

    internal static void CheckLength(string text)
    {
        if (text.Length > MaxLength)
        {
            throw TooComplex($"unit '{Excerpt.Of(text)}' is {Count(text.Length)} characters long", $"a unit of at most {MaxLength} characters");
        }
    }

    internal static void CheckFactors(string text, int factors)
    {
        if (factors > MaxFactors)
        {
            throw TooComplex($"unit '{Excerpt.Of(text)}' has more than {MaxFactors} symbols", $"a unit of at most {MaxFactors} symbols");
        }
    }

    internal static void CheckNesting(string text, int depth)
    {
        if (depth > MaxNesting)
        {
            throw TooComplex($"unit '{Excerpt.Of(text)}' nests parentheses more than {MaxNesting} deep", $"a unit nesting parentheses at most {MaxNesting} deep");
        }
    }

    /// <summary>Whether one more digit keeps a power within range; checked digit by digit, so no power can overflow.</summary>
    internal static int AppendDigit(string text, int value, int digit)
    {
        var next = (value * 10) + digit;
        return next <= MaxExponent
            ? next
            : throw new QuantityException(QuantityError.Overflow,
                $"unit '{Excerpt.Of(text)}': a power above {MaxExponent} is out of range", $"an integer power from -{MaxExponent} to {MaxExponent}");
    }


    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static QuantityException TooComplex(string message, string expected) => new(QuantityError.TooComplex, message, expected);
}
