using System.Text;
using System.Text.RegularExpressions;

namespace Emissions.Quantities;

/// <summary>
/// Typography of units as printed, folded before the closed list of symbols is matched: full-width forms
/// (ｋＷｈ, ／, （）), Unicode subscripts (CO₂), division signs (╱ ∕ ⁄), typographic apostrophes (RMB’000),
/// "per" and 每 as '/', white space (so "metric tons CO2e" meets the atom "metrictonsCO2e"), and a trailing
/// per-year ("/yr", "/a", "/年", "p.a.", 每年), which states the reporting period and changes no value.
/// </summary>
internal static partial class PrintedUnitText
{
    private static readonly string[] PerYear = ["/yr", "/year", "/a", "/年", "/annum", "p.a.", "peryear", "perannum"];

    public static string Normalize(string text)
    {
        var folded = FoldWidth(text);
        folded = PerWord().Replace(folded, "/");
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            // 每 is "per": "吨/每名员工" and "吨每名员工" both divide once.
            if (c == '每')
            {
                if (sb.Length > 0 && sb[^1] != '/')
                {
                    sb.Append('/');
                }

                continue;
            }

            sb.Append(c);
        }

        var normalized = sb.ToString();
        foreach (var suffix in PerYear)
        {
            if (normalized.Length > suffix.Length && normalized.EndsWith(suffix, StringComparison.Ordinal))
            {
                return normalized[..^suffix.Length];
            }
        }

        return normalized;
    }

    /// <summary>Whether the text has a full-width form, subscript or typographic sign that <see cref="FoldWidth"/> rewrites.</summary>
    public static bool NeedsFolding(ReadOnlySpan<char> text) =>
        !System.Text.Ascii.IsValid(text) // every form folded is outside ASCII: one scan for the usual "69.44" or "MWh"
        && (text.IndexOfAnyInRange('\uFF01', '\uFF5E') >= 0 || text.IndexOfAnyInRange('\u2080', '\u2089') >= 0
        || text.IndexOfAny(Signs) >= 0);

    private static readonly System.Buffers.SearchValues<char> Signs = System.Buffers.SearchValues.Create("\u3000\u2571\u2215\u2044\u2019\u2018\u2032");

    /// <summary>Full-width ASCII (U+FF01–FF5E) and the ideographic space to ASCII, subscript digits to digits, slashes and apostrophes to ASCII.</summary>
    public static string FoldWidth(string text)
    {
        if (!NeedsFolding(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    '％' => c, // a catalogue symbol of its own (the percent family)
                    >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                    >= '\u2080' and <= '\u2089' => (char)('0' + (c - '\u2080')),
                    '\u3000' => ' ',
                    '\u2571' or '\u2215' or '\u2044' => '/',
                    '\u2019' or '\u2018' or '\u2032' => '\'',
                    _ => c,
                };
            }
        });
    }

    /// <summary>
    /// A power of ten written out at the start of <paramref name="text"/>: "100", "1000", "10,000", "1,000,000"
    /// (groups of three after a comma). Returns its length and its number of zeros, or null.
    /// </summary>
    public static (int Length, int Zeros)? PowerOfTenLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsAsciiDigit(text[length]) || text[length] == ','))
        {
            length++;
        }

        var run = text[..length];
        return PowerOfTen().IsMatch(run) ? (length, run.Count('0')) : null;
    }

    [GeneratedRegex(@"^1(?:0+|0{0,2}(?:,000)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PowerOfTen();

    // "per cent" and "per mille" are units of their own (the percent family), not a division.
    [GeneratedRegex(@"(?:\s+|^)per\s+(?!\s*(?:cent|mille)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PerWord();
}
