using System.Globalization;

namespace Emissions.Factors;

/// <summary>
/// A factor's uncertainty range as its publisher prints it: the lower and upper limits of the 95 % confidence interval,
/// in the factor's own unit (IPCC 2006 Vol. 2 Ch. 1 Tables 1.2–1.4 print "Lower" and "Upper" beside each default).
/// The range need not be symmetric about the value (natural gas NCV 48.0, range 46.5–50.4 TJ/Gg).
/// </summary>
/// <param name="Lower">The lower limit, in the factor's unit.</param>
/// <param name="Upper">The upper limit, in the factor's unit.</param>
/// <param name="Source">Where the range is printed (table, row, page).</param>
/// <param name="Verification">How the range itself was read.</param>
public sealed record PublishedRange(decimal Lower, decimal Upper, string Source, VerificationStatus Verification)
{
    /// <summary>How far below <paramref name="value"/> the lower limit lies, in percent of it (positive).</summary>
    /// <param name="value">The factor's value.</param>
    public decimal PercentBelow(decimal value) => value == 0m ? 0m : (value - Lower) / value * 100m;

    /// <summary>How far above <paramref name="value"/> the upper limit lies, in percent of it (positive).</summary>
    /// <param name="value">The factor's value.</param>
    public decimal PercentAbove(decimal value) => value == 0m ? 0m : (Upper - value) / value * 100m;

    /// <summary>"46.5–50.4 TJ/Gg".</summary>
    /// <param name="unit">The factor's unit symbol.</param>
    public string Text(string unit) =>
        $"{Lower.ToString(CultureInfo.InvariantCulture)}–{Upper.ToString(CultureInfo.InvariantCulture)}{(unit.Length > 0 ? " " + unit : "")}";
}
