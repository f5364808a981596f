namespace Emissions.Uncertainty;

/// <summary>
/// The uncertainty given to every emission factor and conversion the calculation used: one percentage for all
/// (<see cref="Percent"/>), or <see cref="Published"/> ("ipcc" on the wire): the range the factor's publisher gives
/// where the library records one, else <see cref="DocumentedDefaultPercent"/>. Each factor is its own source: one
/// factor's error moves every line that uses it (a systematic error), two factors' errors are independent.
/// </summary>
/// <param name="Percent">One percentage for every factor (normal, 95 % half-width); null for <see cref="Published"/>.</param>
public sealed record FactorUncertainty(decimal? Percent)
{
    /// <summary>
    /// The default for a factor whose publisher gives no range: ±5 % at 95 %, normal. The shipped library records no
    /// published ranges yet, so today every factor takes this default and the answer says so per factor.
    /// </summary>
    public const decimal DocumentedDefaultPercent = 5m;

    /// <summary>The publisher's range where the library has one, else the documented default.</summary>
    public static FactorUncertainty Published { get; } = new((decimal?)null);

    /// <summary>Whether each factor's published range is used (else one percentage for every factor).</summary>
    public bool IsPublished => Percent is null;
}
