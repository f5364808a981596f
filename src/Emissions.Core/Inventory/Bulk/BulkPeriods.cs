namespace Emissions.Inventory.Bulk;

/// <summary>What a bulk row's <c>period</c> may be: text starting with its four-digit year ("2024", "2024-03", "2024-03-31T23:00").</summary>
internal static class BulkPeriods
{
    public const int MaxLength = 40;

    public const string Expected = "a period starting with its year, e.g. 2024-03 or 2024-03-31T23:00 (at most 40 characters)";

    public static bool IsValid(ReadOnlySpan<char> period) =>
        period.Length is >= 4 and <= MaxLength && char.IsAsciiDigit(period[0]) && char.IsAsciiDigit(period[1]) && char.IsAsciiDigit(period[2])
        && char.IsAsciiDigit(period[3]);
}
