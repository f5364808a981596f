using Emissions.Quantities;

namespace Emissions.Inventory.Bulk;

/// <summary>
/// A bulk row's amount as text: plain digits with an optional decimal point are read by hand (10⁸ rows make
/// decimal.Parse the largest cost of a row); anything else (a sign, thousands separators, an exponent) by
/// <see cref="DecimalText"/>, as a JSON amount's value is. Either way the decimal keeps the written scale.
/// </summary>
internal static class BulkAmount
{
    public const string Expected = "a number, e.g. 1234.5 (invariant culture: '.' is the decimal point)";

    public static decimal Parse(ReadOnlySpan<char> text)
    {
        if (TryPlain(text, out var value))
        {
            return value;
        }

        var written = text.ToString();
        if (written.Length == 0)
        {
            throw new BulkValueException(BulkLayout.Amount, null, Expected, InputError.Missing);
        }

        return DecimalText.TryParse(written, out value) ? value : throw new BulkValueException(BulkLayout.Amount, written, Expected, InputError.Quantity);
    }

    // Up to 18 digits fit a long, so the mantissa cannot overflow; scale is the digits after the point.
    private static bool TryPlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || text.Length > 19)
        {
            return false;
        }

        long mantissa = 0;
        var digits = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((uint)(c - '0') <= 9)
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
            }
            else if (c == '.' && point < 0)
            {
                point = i;
            }
            else
            {
                return false;
            }
        }

        if (digits == 0 || digits > 18 || point == 0 || point == text.Length - 1)
        {
            return false;
        }

        var scale = point < 0 ? 0 : text.Length - point - 1;
        value = DecimalText.FromDigits((ulong)mantissa, scale);
        return true;
    }
}
