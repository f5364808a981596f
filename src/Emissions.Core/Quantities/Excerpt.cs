using System.Globalization;

namespace Emissions.Quantities;

/// <summary>How an error quotes a value: whole when short, else its start and its length (an 80 KB unit is not echoed back).</summary>
internal static class Excerpt
{
    public const int MaxQuoted = 80;

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxQuoted ? text : $"{text[..60]}… ({text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)";
    }
}
