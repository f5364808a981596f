using Emissions.Quantities;
using Emissions.Verification;

namespace Emissions.Contract.Checks;

/// <summary>
/// A report prints claims as "below 8%" or "約25%", and a new user pastes them into <c>value</c> whole. The number
/// then does not parse; this names the field the claim belongs in, so the refusal says how to post it.
/// </summary>
internal static class PrintedClaimHint
{
    // Words reports print before a number, beyond the qualifier names and symbols Qualifiers.TryParse reads.
    private static readonly Dictionary<string, Qualifier> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["less than"] = Qualifier.Below,
        ["under"] = Qualifier.Below,
        ["低於"] = Qualifier.Below,
        ["低于"] = Qualifier.Below,
        ["up to"] = Qualifier.AtMost,
        ["no more than"] = Qualifier.AtMost,
        ["不高於"] = Qualifier.AtMost,
        ["不超过"] = Qualifier.AtMost,
        ["不超過"] = Qualifier.AtMost,
        ["more than"] = Qualifier.Above,
        ["over"] = Qualifier.Above,
        ["超过"] = Qualifier.Above,
        ["超過"] = Qualifier.Above,
        ["at least"] = Qualifier.AtLeast,
        ["no less than"] = Qualifier.AtLeast,
        ["approximately"] = Qualifier.About,
        ["approx."] = Qualifier.About,
        ["around"] = Qualifier.About,
        ["almost"] = Qualifier.Nearly,
    };

    // Past the longest word and a space or two, the text before the first digit is not a claim word: not looked up.
    private static readonly int LongestWord = Words.Keys.Max(word => word.Length);

    /// <summary>
    /// For a value that starts with a claim word and then a number ("below 8%"): the hint to post the number as the
    /// value and the word as <c>qualifier</c>; null for any other text.
    /// </summary>
    public static string? For(string value)
    {
        var text = value.AsSpan().Trim();
        var digit = text.IndexOfAnyInRange('0', '9');
        if (digit <= 0 || digit > LongestWord + 2)
        {
            return null;
        }

        var word = text[..digit].Trim().ToString();
        if (word.Length == 0 || !(Words.TryGetValue(word, out var qualifier) || Qualifiers.TryParse(word, out qualifier)) || qualifier == Qualifier.Exact)
        {
            return null;
        }

        // Quoted as every error quotes a value: a long one shortened.
        return $"; a claim printed as \"{Excerpt.Of(value.Trim())}\" is posted as \"value\": \"{Excerpt.Of(text[digit..].ToString())}\" with \"qualifier\": \"{qualifier.Name()}\"";
    }
}
