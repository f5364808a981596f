namespace Emissions.Quantities;

/// <summary>
/// The known symbols to suggest for an unknown one. A suggestion is a unit the writer may have
/// meant, so it never changes what the text means: every suggestion has the kind and the
/// magnitude class of one reading of the text (<see cref="SameClass"/>). The reading is either a
/// spelling whose meaning reports fix ("MT" and "tons" are metric or short tons, never megatonnes
/// or tonnes of oil equivalent) or, failing that, the nearest symbol by edit distance; a nearer
/// symbol of another kind or magnitude ("person" for "percnt", "Mt" for "MT") is left out.
/// </summary>
internal static class UnitSuggestions
{
    /// <summary>
    /// Printed words for tons that are not symbols here, with the units they can mean. Matched at the
    /// start of the text (white space removed): "MT" and "mt" case-sensitively, because "Mt" is the
    /// megatonne; the words in any case.
    /// </summary>
    private static readonly (string Word, bool IgnoreCase, string[] Meanings)[] Readings =
    [
        ("metrictonnes", true, ["t"]),
        ("metrictonne", true, ["t"]),
        ("metrictons", true, ["t"]),
        ("metricton", true, ["t"]),
        ("tonnes", true, ["t"]),
        ("tonne", true, ["t"]),
        ("tons", true, ["t", "short-ton"]),
        ("ton", true, ["t", "short-ton"]),
        ("MT", false, ["t"]),
        ("mt", false, ["t"]),
    ];

    public static IReadOnlyList<string> Nearest(string symbol, int count)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var text = string.Concat(symbol.Where(c => !char.IsWhiteSpace(c)));
        Unit? magnitude = null;
        if (Reading(text) is { } reading)
        {
            if (reading.Remainder.Length == 0)
            {
                return [.. reading.Meanings.Where(UnitCatalog.Symbols.ContainsKey).Take(count)];
            }

            // "MTCO2e" reads as "tCO2e": rank against that text, among units of the tonne's magnitude.
            text = reading.Meanings[0] + reading.Remainder;
            magnitude = UnitCatalog.Symbols[reading.Meanings[0]];
        }

        var ranked = Ranked(text).Where(s => magnitude is null || SameMagnitude(UnitCatalog.Symbols[s], magnitude)).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        var meant = UnitCatalog.Symbols[ranked[0]];
        return [.. ranked.Where(s => SameClass(UnitCatalog.Symbols[s], meant)).Take(count)];
    }

    /// <summary>
    /// Same kind and scales less than ten times apart: t and short ton, kWh and MJ are one class;
    /// t and Mt, % and ‰, % and the pure number 1 are not.
    /// </summary>
    public static bool SameClass(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a.Dimension == b.Dimension && SameMagnitude(a, b);
    }

    /// <summary>Scales less than ten times apart, whatever the kinds (tCO2e and t both count a thousand kilograms).</summary>
    private static bool SameMagnitude(Unit a, Unit b)
    {
        var ratio = a.Scale / b.Scale;
        return ratio.Numerator > 0m && ratio.Numerator < 10m * ratio.Denominator && ratio.Denominator < 10m * ratio.Numerator;
    }

    private static (string[] Meanings, string Remainder)? Reading(string text)
    {
        foreach (var (word, ignoreCase, meanings) in Readings)
        {
            if (text.StartsWith(word, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                return (meanings, text[word.Length..]);
            }
        }

        return null;
    }

    /// <summary>
    /// Known symbols close to <paramref name="text"/>, nearest first. Symbols are case-sensitive, and
    /// a wrong case is the likeliest slip ("Kwh", "MWH"), so the distance ignoring case ranks first.
    /// </summary>
    private static List<string> Ranked(string text)
    {
        var folded = text.ToLowerInvariant();
        return [.. UnitCatalog.Symbols.Keys.Where(k => k.Length > 0)
            .Select(k => (Symbol: k, Folded: EditDistance.Between(folded, k.ToLowerInvariant()), Distance: EditDistance.Between(text, k)))
            .Where(x => Math.Min(x.Folded, x.Distance) <= Math.Max(2, text.Length / 2))
            .OrderBy(x => x.Folded).ThenBy(x => x.Distance).ThenBy(x => x.Symbol, StringComparer.Ordinal)
            .Select(x => x.Symbol)];
    }
}
