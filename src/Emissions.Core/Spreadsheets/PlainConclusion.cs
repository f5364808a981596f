using System.Globalization;
using Emissions.Verification;

namespace Emissions.Spreadsheets;

/// <summary>
/// A check's outcome in the words an auditor writes down: "reproduced", "consistent within the printed
/// rounding", "discrepant by 289.54 兆瓦時 (0.040 %), not material at 5 %". The deviation is shown at
/// the figure's printed decimals and the percentage at two significant digits; the exact numbers stay
/// in the verdict table next to it.
/// </summary>
internal static class PlainConclusion
{
    public static string Of(CheckResult check, CheckOptions options)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(options);
        return check.Verdict switch
        {
            Verdict.Reproduced => "reproduced",
            Verdict.Consistent when check.Reported.Qualifier is { } q && q != "exact" => $"consistent within the printed \"{q}\"",
            Verdict.Consistent => "consistent within the printed rounding",
            Verdict.Discrepant => Discrepant(check, options),
            _ => "unverifiable: " + FirstSentence(check.Explanation),
        };
    }

    /// <summary>The materiality threshold as printed in a conclusion: 0.05 → "5 %".</summary>
    public static string Percent(decimal fraction) => (fraction * 100m).ToString("0.####", CultureInfo.InvariantCulture) + " %";

    private static string Discrepant(CheckResult check, CheckOptions options)
    {
        var materiality = $"{(check.Material ? "material" : "not material")} at {Percent(options.Materiality)}";
        if (check.Deviation is not { } deviation)
        {
            return $"discrepant, {materiality}";
        }

        var decimals = check.Reported.Value is { } printed ? printed.Scale : 2;
        var absolute = Math.Round(Math.Abs(deviation.Absolute), Math.Min(decimals, 28), MidpointRounding.AwayFromZero)
            .ToString("#,##0." + new string('#', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        var unit = deviation.Unit.Length > 0 ? " " + deviation.Unit : "";
        var relative = deviation.Relative is { } r ? $" ({Significant(Math.Abs(r) * 100m)} %)" : "";
        return $"discrepant by {absolute}{unit}{relative}, {materiality}";
    }

    /// <summary>Two significant digits, keeping trailing zeros: 0.04015 → "0.040", 3.947 → "3.9".</summary>
    private static string Significant(decimal value)
    {
        if (value == 0m)
        {
            return "0";
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)value));
        var decimals = Math.Max(0, 1 - magnitude);
        return Math.Round(value, Math.Min(decimals, 28), MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text.TrimEnd('.') : text[..end];
    }
}
