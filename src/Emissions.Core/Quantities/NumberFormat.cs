namespace Emissions.Quantities;

/// <summary>
/// How the digits of a printed figure are grouped and where its decimal point is. The default is invariant
/// ("1,234.5"; thin and non-breaking spaces also group); <see cref="DecimalComma"/> reads a continental table
/// ("1.234,5", "1 234,5") when a request asks for it, never by guessing.
/// </summary>
public enum NumberFormat
{
    /// <summary>',' (or a thin or non-breaking space) groups thousands, '.' is the decimal point.</summary>
    Invariant,

    /// <summary>'.' or a space groups thousands, ',' is the decimal point.</summary>
    DecimalComma,
}

/// <summary>The wire names of <see cref="NumberFormat"/>: "invariant" and "decimal-comma".</summary>
public static class NumberFormats
{
    /// <summary>What an error message says was expected when a number format's name is not one of the two.</summary>
    public const string Expected = "\"invariant\" (1,234.5, the default) or \"decimal-comma\" (1.234,5 or 1 234,5)";

    /// <summary>Reads a number format's wire name; null means the default (invariant).</summary>
    /// <param name="name">"invariant", "decimal-comma" or null.</param>
    /// <param name="format">The format named, or <see cref="NumberFormat.Invariant"/> when the answer is false.</param>
    /// <returns>Whether <paramref name="name"/> names a format.</returns>
    public static bool TryParse(string? name, out NumberFormat format)
    {
        switch (name)
        {
            case null or "invariant":
                format = NumberFormat.Invariant;
                return true;
            case "decimal-comma":
                format = NumberFormat.DecimalComma;
                return true;
            default:
                format = NumberFormat.Invariant;
                return false;
        }
    }
}
