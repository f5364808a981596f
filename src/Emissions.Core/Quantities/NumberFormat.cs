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
    public const string Expected = "\"invariant\" (1,234.5, the default) or \"decimal-comma\" (1.234,5 or 1 234,5)";

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
