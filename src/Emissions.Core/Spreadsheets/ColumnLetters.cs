namespace Emissions.Spreadsheets;

/// <summary>Spreadsheet column names: 0 → A, 25 → Z, 26 → AA.</summary>
internal static class ColumnLetters
{
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = new System.Text.StringBuilder();
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }

        return letters.ToString();
    }

    /// <summary>The column of a cell reference ("C5" → 2), or null when it does not start with letters.</summary>
    public static int? Parse(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384)
            {
                return null;
            }
        }

        return i == 0 ? null : column - 1;
    }
}
