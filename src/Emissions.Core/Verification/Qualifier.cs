namespace Emissions.Verification;

/// <summary>How a printed value is meant (CONTRACT "qualifier").</summary>
public enum Qualifier
{
    /// <summary>The printed value, rounded at its last printed digit: [v − ½·10^−d, v + ½·10^−d).</summary>
    Exact,

    /// <summary>Below the value: (…, v).</summary>
    Below,

    /// <summary>At most the value (不高於, 不超过): (…, v].</summary>
    AtMost,

    /// <summary>Above the value (超过, over): (v, +∞).</summary>
    Above,

    /// <summary>At least the value: [v, +∞).</summary>
    AtLeast,

    /// <summary>About the value (约, 左右): v ± the about tolerance (relative), and at least the rounding interval.</summary>
    About,

    /// <summary>Nearly the value (近): at most v, within the about tolerance below it.</summary>
    Nearly,
}

internal static class Qualifiers
{
    public static readonly IReadOnlyList<string> Names = ["exact", "below", "at-most", "above", "at-least", "about", "nearly"];

    public static string Name(this Qualifier qualifier) => Names[(int)qualifier];

    /// <summary>Parses a CONTRACT qualifier name; the symbols &lt; ≤ &gt; ≥ ~ 约 are accepted as well.</summary>
    public static bool TryParse(string? text, out Qualifier qualifier)
    {
        qualifier = Qualifier.Exact;
        switch (text?.Trim())
        {
            case null or "" or "exact" or "=":
                return true;
            case "below" or "<":
                qualifier = Qualifier.Below;
                return true;
            case "at-most" or "≤" or "<=":
                qualifier = Qualifier.AtMost;
                return true;
            case "above" or ">":
                qualifier = Qualifier.Above;
                return true;
            case "at-least" or "≥" or ">=":
                qualifier = Qualifier.AtLeast;
                return true;
            case "about" or "~" or "≈" or "约" or "約":
                qualifier = Qualifier.About;
                return true;
            case "nearly" or "近":
                qualifier = Qualifier.Nearly;
                return true;
            default:
                return false;
        }
    }

    /// <summary>A bound claim (below, at-most, above, at-least) states a side, not a value.</summary>
    public static bool IsBound(this Qualifier qualifier) => qualifier is Qualifier.Below or Qualifier.AtMost or Qualifier.Above or Qualifier.AtLeast;
}
