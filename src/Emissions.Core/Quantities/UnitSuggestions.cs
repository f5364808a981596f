namespace Emissions.Quantities;

/// <summary>
/// The known symbols to suggest for an unknown one. A suggestion is a unit the writer may have
/// meant, so it never changes what the text means: every suggestion has the kind and the
/// magnitude class of one reading of the text (<see cref="SameClass"/>). The reading is either a
/// spelling whose meaning reports fix ("MT" and "tons" are metric or short tons, never megatonnes
/// or tonnes of oil equivalent), or an SI prefix on a known symbol ("mWh" is a milliwatt hour, not a
/// slip for MWh), or, failing those, the nearest symbol by edit distance; a nearer symbol of another
/// kind or magnitude ("person" for "percnt", "Mt" for "MT", "toe" for "Gtoe") is left out.
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

        // "mWh", "Gt", "Mtoe": an SI prefix on a known symbol says the magnitude, even when no symbol here has it.
        var meant = (magnitude is null ? Prefixed(text) : null) ?? UnitCatalog.Symbols[ranked[0]];
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
        // Decimal factors, not the exact fractions: multiplying two fractions' terms can overflow, and a class needs no exactness.
        var (fa, fb) = (a.Scale.Factor, b.Scale.Factor);
        try
        {
            return fa > 0m && fb > 0m && fa < 10m * fb && fb < 10m * fa;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static readonly (string Prefix, decimal Factor)[] SiPrefixes =
        [("k", 1e3m), ("M", 1e6m), ("G", 1e9m), ("T", 1e12m), ("P", 1e15m), ("m", 1e-3m), ("μ", 1e-6m), ("u", 1e-6m)];

    /// <summary>The unit an SI prefix on a known symbol would be (mWh = 10⁻³ Wh), case-sensitively; null when the text is not one.</summary>
    private static Unit? Prefixed(string text)
    {
        foreach (var (prefix, factor) in SiPrefixes)
        {
            if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal)
                && UnitCatalog.Symbols.TryGetValue(text[prefix.Length..], out var unit) && unit.Symbol.Length > 0)
            {
                try
                {
                    return unit.Scaled(UnitScale.Of(factor), prefix, prefix);
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
        }

        return null;
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

    /// <summary>Every known symbol with its lower-case form, computed once (the catalogue is fixed at start-up).</summary>
    private static readonly Lazy<(string Symbol, string Folded)[]> Candidates =
        new(() => [.. UnitCatalog.Symbols.Keys.Where(k => k.Length > 0).Select(k => (k, k.ToLowerInvariant()))]);

    /// <summary>
    /// Known symbols close to <paramref name="text"/>, nearest first. Symbols are case-sensitive, and
    /// a wrong case is the likeliest slip ("Kwh", "MWH"), so the distance ignoring case ranks first.
    /// A symbol is kept when that distance is at most max(2, half the text's length); lower-casing maps
    /// one character to one, so the distance ignoring case is never above the exact one, and the exact
    /// distance (which only orders ties) is computed for the kept symbols alone.
    /// </summary>
    private static List<string> Ranked(string text)
    {
        var folded = text.ToLowerInvariant();
        var bound = Math.Max(2, text.Length / 2);
        var kept = new List<(string Symbol, int Folded, int Distance)>();
        foreach (var (symbol, foldedSymbol) in Candidates.Value)
        {
            var distance = EditDistance.Within(folded, foldedSymbol, bound);
            if (distance <= bound)
            {
                kept.Add((symbol, distance, EditDistance.Between(text, symbol)));
            }
        }

        kept.Sort(static (x, y) => x.Folded != y.Folded ? x.Folded.CompareTo(y.Folded)
            : x.Distance != y.Distance ? x.Distance.CompareTo(y.Distance)
            : string.CompareOrdinal(x.Symbol, y.Symbol));
        return kept.ConvertAll(x => x.Symbol);
    }
}
