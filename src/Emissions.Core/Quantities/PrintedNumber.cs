using System.Text;

namespace Emissions.Quantities;

/// <summary>
/// Numbers as tables print them beyond the invariant "1,234.5": Chinese scale words between digit groups
/// ("5億500万度"), continental decimal commas read on request ("1.234,5"), and the refusal of both naming the number.
/// </summary>
internal static class PrintedNumber
{
    public static QuantityException NotANumber(string number, string? text)
    {
        var where = text is null || text.Trim() == number ? "" : $" in '{text.Trim()}'";
        return new QuantityException(QuantityError.MalformedNumber, $"'{number}'{where} is not a number", QuantityExpectations.InvariantNumber)
        {
            Hint = QuantityHint.DecimalComma,
        };
    }

    /// <summary>
    /// After a number that ends at <paramref name="length"/>: the end of the digits that follow a space ("1 234,5 kWh"
    /// ends after "5"), or null when what follows the space is the unit.
    /// </summary>
    public static int? SpaceGroupedEnd(ReadOnlySpan<char> text, int length)
    {
        var i = length;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i == length || i >= text.Length || !char.IsAsciiDigit(text[i]) || PrintedUnitText.PowerOfTenLength(text[i..]) is not null)
        {
            return null;
        }

        var end = i;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] is ',' or '.' || (text[end] == ' ' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// Continues a number read up to <paramref name="length"/> over Chinese scale words between digit groups,
    /// largest first: "5億500万度" is 5 × 10^8 + 500 × 10^4 = 505,000,000 度. A scale word after the last group
    /// multiplies it too (the 万 of 500万), so the unit that remains carries no scale.
    /// </summary>
    public static void ReadScaledGroups(ReadOnlySpan<char> text, ref int length, ref decimal value)
    {
        if (length + 1 >= text.Length || ScaleOf(text[length]) is null || !char.IsAsciiDigit(text[length + 1]))
        {
            return;
        }

        var total = 0m;
        var current = value;
        var last = decimal.MaxValue;
        var pos = length;
        while (pos + 1 < text.Length && ScaleOf(text[pos]) is { } scale && scale < last && char.IsAsciiDigit(text[pos + 1]))
        {
            total = Arithmetic.Add(total, Arithmetic.Multiply(current, scale));
            last = scale;
            pos++;
            var n = DecimalText.LeadingNumberLength(text[pos..]);
            if (!DecimalText.TryParseChecked(text.Slice(pos, n), out current))
            {
                throw NotANumber(text[length..(pos + n)].ToString(), text.ToString());
            }

            pos += n;
        }

        if (pos < text.Length && ScaleOf(text[pos]) is { } trailing && trailing < last)
        {
            current = Arithmetic.Multiply(current, trailing);
            pos++;
        }

        value = Arithmetic.Add(total, current);
        length = pos;
    }

    private static decimal? ScaleOf(char c) => c switch
    {
        '亿' or '億' => 100_000_000m,
        '万' or '萬' => 10_000m,
        _ => null,
    };

    /// <summary>
    /// Rewrites the leading number of a decimal-comma figure ("1.234,5 kWh", "1 234,5") in the invariant format
    /// ("1234.5 kWh"); a grouping that is not in threes is refused naming the number.
    /// </summary>
    public static string ToInvariant(string text)
    {
        var trimmed = text.TrimStart();
        var i = 0;
        if (i < trimmed.Length && trimmed[i] is '+' or '-')
        {
            i++;
        }

        var digitsStart = i;
        var groups = new List<int>();
        var run = 0;
        var sb = new StringBuilder(trimmed.Length);
        sb.Append(trimmed, 0, digitsStart);
        while (i < trimmed.Length)
        {
            var c = trimmed[i];
            if (char.IsAsciiDigit(c))
            {
                sb.Append(c);
                run++;
            }
            else if (c is '.' or '\u2009' or '\u202F' or '\u00A0' || (c == ' ' && i + 1 < trimmed.Length && char.IsAsciiDigit(trimmed[i + 1])))
            {
                groups.Add(run);
                run = 0;
            }
            else
            {
                break;
            }

            i++;
        }

        groups.Add(run);
        if (groups.Count > 1 && (groups[0] is < 1 or > 3 || groups.Skip(1).Any(g => g != 3)))
        {
            throw new QuantityException(QuantityError.MalformedNumber,
                $"'{trimmed[..i]}' is not a number", QuantityExpectations.DecimalCommaNumber);
        }

        if (i < trimmed.Length && trimmed[i] == ',' && i + 1 < trimmed.Length && char.IsAsciiDigit(trimmed[i + 1]))
        {
            sb.Append('.');
            i++;
            while (i < trimmed.Length && char.IsAsciiDigit(trimmed[i]))
            {
                sb.Append(trimmed[i++]);
            }
        }

        return sb.Append(trimmed, i, trimmed.Length - i).ToString();
    }
}
