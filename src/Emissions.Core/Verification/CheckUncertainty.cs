namespace Emissions.Verification;

/// <summary>
/// A check's options.uncertainty: how uncertain the printed input figures and the factors are (95 % half-widths in
/// percent), so that a discrepancy smaller than their combined uncertainty can be told from one beyond it.
/// </summary>
/// <param name="Figures">Every printed input figure's uncertainty, or null (taken as exact but for printed rounding).</param>
/// <param name="Factors">Every factor's uncertainty ("ipcc": the documented default), or null (factors taken as exact).</param>
/// <param name="Named">Per figure id or factor reference (<c>@emission-factor[electricity]</c>), winning over the two above.</param>
public sealed record CheckUncertainty(decimal? Figures, decimal? Factors, IReadOnlyDictionary<string, decimal> Named);
