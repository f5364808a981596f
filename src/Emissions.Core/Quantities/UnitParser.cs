using System.Collections.Concurrent;
using System.Text;

namespace Emissions.Quantities;

/// <summary>
/// Parses unit expressions built from the closed list of atomic symbols in <see cref="UnitCatalog"/>:
/// products (· * ×), quotients (/), parentheses, integer powers (^2, ², ³), a power-of-ten prefix
/// (10⁴Nm³) and Chinese scale words (万吨, 亿度, 千個千瓦時). White space is ignored ("噸 / 人").
/// </summary>
internal static class UnitParser
{
    private static readonly ConcurrentDictionary<string, Unit> Cache = new(StringComparer.Ordinal);

    // Looks the cache up by the unit's span of a "721,117.23 兆瓦時" without cutting a string out of it.
    private static readonly ConcurrentDictionary<string, Unit>.AlternateLookup<ReadOnlySpan<char>> SpanCache =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    public static Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }

        var unit = ParseUncached(text);
        Remember(text, unit);
        return unit;
    }

    /// <summary>Spellings the cache holds at most; <see cref="Remember"/> empties it when full.</summary>
    internal const int MaxCachedSpellings = 4_096;

    /// <summary>Spellings longer than this are parsed every time (real reports print units under 25 characters).</summary>
    internal const int MaxCachedLength = 48;

    internal static int CachedSpellings => Cache.Count;

    /// <summary>Empties the spelling cache and the compound cache, so that the next parse of any text is cold (for timing a parse alone).</summary>
    internal static void Forget()
    {
        Cache.Clear();
        Unit.ForgetCompounds();
    }

    // A stream of made-up spellings (kg·t·m, 10⁴⁴g, …) costs their parse but can neither grow memory nor, by filling
    // the cache first, keep the units real requests use out of it: a full cache is emptied and the spellings in use
    // come back on their next parse. The catalogue has a few hundred symbols, so a legitimate load never fills it.
    private static void Remember(string text, Unit unit)
    {
        if (text.Length > MaxCachedLength)
        {
            return;
        }

        if (Cache.Count >= MaxCachedSpellings)
        {
            Cache.Clear();
        }

        Cache.TryAdd(text, unit);
    }

    /// <summary>The same as <see cref="Parse(string)"/> for a slice of a longer text; allocates nothing when the unit is cached.</summary>
    internal static Unit Parse(ReadOnlySpan<char> text) =>
        SpanCache.TryGetValue(text, out var cached) ? cached : Parse(text.ToString());

    /// <summary>Parses without the cache (the cold path, measured by the benchmarks).</summary>
    internal static Unit ParseUncached(string text)
    {
        UnitLimits.CheckLength(text);
        var normalized = Normalize(text);

        // ISO 80000-1 writes the unit of a pure number as 1: `convert "94.8 %" 1` gives 0.948.
        if (normalized == "1")
        {
            return UnitCatalog.Get("");
        }

        var parser = new Cursor(normalized);
        var unit = normalized.Length == 0 ? UnitCatalog.Get("") : parser.ParseExpression();
        if (!parser.AtEnd)
        {
            // "MWhh" reads as MWh then "h": the unknown symbol is the whole word, not its tail.
            throw parser.UnknownAtCurrentWord();
        }

        return unit.WithSymbol(normalized);
    }

    private static string Normalize(string text) => PrintedUnitText.Normalize(text);

    private sealed class Cursor(string text)
    {
        private int _pos;

        // Counted against UnitLimits as the parse goes, before each recursion or product they bound.
        private int _depth;
        private int _factors;

        public bool AtEnd => _pos >= text.Length;

        public Unit ParseExpression()
        {
            var result = ParseTerm();
            while (!AtEnd && text[_pos] == '/')
            {
                _pos++;
                result /= ParseTerm();
            }

            return result;
        }

        private Unit ParseTerm()
        {
            var result = ParseFactor();
            while (!AtEnd && text[_pos] is '·' or '*' or '×' or '⋅')
            {
                _pos++;
                result *= ParseFactor();
            }

            return result;
        }

        private Unit ParseFactor()
        {
            Unit unit;
            if (!AtEnd && text[_pos] == '(')
            {
                _pos++;
                UnitLimits.CheckNesting(text, ++_depth);
                unit = ParseExpression();
                _depth--;
                if (AtEnd || text[_pos] != ')')
                {
                    throw AtEnd
                        ? new QuantityException(QuantityError.UnknownUnit, $"unit '{text}': missing ')'", "a unit whose parentheses close, e.g. kgCO2e/(m²·year)")
                        : UnknownAtCurrentWord();
                }

                _pos++;
            }
            else
            {
                unit = ParseAtom();
            }

            var power = ParsePower();
            return power == 1 ? unit : unit.Pow(power);
        }

        private Unit ParseAtom()
        {
            UnitLimits.CheckFactors(text, ++_factors);
            var prefix = ParsePowerOfTenPrefix();
            var atom = MatchAtom(_pos);
            var scaled = MatchScaleWord(_pos);
            if (scaled is { } s && (atom is null || s.Length > atom.Value.Length))
            {
                _pos += s.Length;
                var (scale, name) = UnitCatalog.Scales[s.Word];
                return Apply(prefix, s.Unit.Scaled(scale, s.Word, name));
            }

            if (atom is null)
            {
                throw UnknownAtCurrentWord();
            }

            if (UnitCatalog.Ambiguous.TryGetValue(atom.Value.Symbol, out var ambiguous))
            {
                throw ambiguous.Refusal(text);
            }

            _pos += atom.Value.Length;
            return Apply(prefix, UnitCatalog.Get(atom.Value.Symbol));
        }

        private static Unit Apply((UnitScale Scale, string Text)? prefix, Unit unit) =>
            prefix is { } p ? unit.Scaled(p.Scale, p.Text, p.Text) : unit;

        private (UnitScale Scale, string Text)? ParsePowerOfTenPrefix()
        {
            if (_pos + 2 >= text.Length || text[_pos] != '1' || text[_pos + 1] != '0')
            {
                return null;
            }

            // "10,000m²", "1000t", "100km" as printed in intensity denominators: a power of ten written out in full.
            if (PrintedUnitText.PowerOfTenLength(text.AsSpan(_pos)) is var (length, zeros) and (> 2, _)
                && _pos + length < text.Length && char.IsLetter(text[_pos + length]))
            {
                var written = text.Substring(_pos, length);
                _pos += length;
                return (UnitScale.Of(10m).Pow(zeros), written);
            }

            var start = _pos;
            _pos += 2;
            var exponent = ParsePower();
            if (exponent == 1 && (AtEnd || !char.IsLetter(text[_pos])))
            {
                _pos = start;
                return null;
            }

            return (UnitScale.Of(10m).Pow(exponent), text[start.._pos]);
        }

        private int ParsePower()
        {
            if (AtEnd)
            {
                return 1;
            }

            if (text[_pos] == '^')
            {
                _pos++;
                var negative = !AtEnd && text[_pos] == '-';
                if (negative)
                {
                    _pos++;
                }

                var power = ReadDigits(c => char.IsAsciiDigit(c) ? c - '0' : -1);
                return power is { } p
                    ? negative ? -p : p
                    : throw new QuantityException(QuantityError.UnknownUnit, $"unit '{Excerpt.Of(text)}': '^' is not followed by an integer power", "an integer power after '^', e.g. m^2");
            }

            return ReadDigits(c => Superscripts.IndexOf(c, StringComparison.Ordinal)) ?? 1;
        }

        /// <summary>
        /// A power's digits (ASCII after '^', or superscripts), range-checked digit by digit against
        /// <see cref="UnitLimits.MaxExponent"/> so that no run of digits can overflow; null when there is none.
        /// </summary>
        private int? ReadDigits(Func<char, int> digitOf)
        {
            int? value = null;
            while (!AtEnd && digitOf(text[_pos]) is var digit and >= 0)
            {
                value = UnitLimits.AppendDigit(text, value ?? 0, digit);
                _pos++;
            }

            return value;
        }

        private (string Symbol, int Length)? MatchAtom(int position)
        {
            if (position >= text.Length || !UnitCatalog.SymbolsByFirstChar.TryGetValue(text[position], out var candidates))
            {
                return null;
            }

            var rest = text.AsSpan(position);
            foreach (var symbol in candidates)
            {
                if (rest.StartsWith(symbol, StringComparison.Ordinal))
                {
                    return (symbol, symbol.Length);
                }
            }

            return null;
        }

        private (string Word, Unit Unit, int Length)? MatchScaleWord(int position)
        {
            if (position >= text.Length || !UnitCatalog.ScaleWordsByFirstChar.TryGetValue(text[position], out var candidates))
            {
                return null;
            }

            var rest = text.AsSpan(position);
            foreach (var word in candidates)
            {
                if (rest.StartsWith(word, StringComparison.Ordinal) && MatchAtom(position + word.Length) is { } atom)
                {
                    return (word, UnitCatalog.Get(atom.Symbol), word.Length + atom.Length);
                }
            }

            return null;
        }

        /// <summary>The unknown-unit error for the word (the text between operators) around the cursor.</summary>
        public QuantityException UnknownAtCurrentWord()
        {
            var start = Math.Min(_pos, text.Length);
            while (start > 0 && !IsOperator(text[start - 1]))
            {
                start--;
            }

            var end = _pos;
            while (end < text.Length && !IsOperator(text[end]))
            {
                end++;
            }

            var word = end > start ? text[start..end] : text[Math.Min(_pos, text.Length)..];
            if (word.Length == 0)
            {
                word = text;
            }

            return UnitCatalog.UnknownUnit(word, word == text ? null : text);
        }

        private static bool IsOperator(char c) => c is '/' or '·' or '*' or '×' or '⋅' or '(' or ')' or '^';
    }
}
