namespace Emissions.Quantities;

internal static class EditDistance
{
    /// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
    public static int Between(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Within(a, b, int.MaxValue - 1);
    }

    /// <summary>
    /// The Levenshtein distance when it is at most <paramref name="bound"/>, else <paramref name="bound"/> + 1. Stops as
    /// soon as the lengths or a whole row of the table exceed the bound, so ranking a long unknown unit against every
    /// known symbol costs little: suggestions only keep the near ones.
    /// </summary>
    public static int Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int bound)
    {
        if (Math.Abs(a.Length - b.Length) > bound)
        {
            return bound + 1;
        }

        var width = b.Length + 1;
        Span<int> previous = width <= 128 ? stackalloc int[width] : new int[width];
        Span<int> current = width <= 128 ? stackalloc int[width] : new int[width];
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            // Every later row is at least this row's minimum: the distance already exceeds the bound.
            if (rowMin > bound)
            {
                return bound + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[b.Length], bound + 1);
    }
}
