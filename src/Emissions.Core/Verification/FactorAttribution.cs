using Emissions.Factors;

namespace Emissions.Verification;

/// <summary>
/// Which published factors explain a factor the figures imply (CONTRACT "attribution" entry): the
/// implied value and its range over the printed intervals in the unit of the library's factors of
/// that parameter, the factors whose value lies inside the range (closest first), and, for the
/// auditor's "and which do not", the nearest of the rest with their gap.
/// </summary>
public sealed record FactorAttribution(
    string Factor,
    decimal Implied,
    string Unit,
    decimal? Low,
    decimal? High,
    int Searched,
    IReadOnlyList<AttributedFactor> ExplainedBy,
    IReadOnlyList<AttributedFactor> Nearest)
{
    /// <summary>
    /// The finding where an auditor looks for it (the page, the working paper, the CLI table): "@absorption-rate[forest]
    /// implied 67.023687 kgCO2/(mu·day) [66.984045, 67.063369]: Explained by popular/forest-absorption/2007:… (CN,
    /// unverified: a popular figure, not an official factor); it is the only … in the library."
    /// </summary>
    public string Summary() =>
        $"{Factor} implied {Display.Number(Implied, 6)}{(Unit.Length > 0 ? " " + Unit : "")}"
        + (Low is { } low && High is { } high ? $" [{Display.Number(low, 6)}, {Display.Number(high, 6)}]" : "")
        + $": {FactorAttributor.Explain(this)}";

    /// <summary>The closest explaining factor's id, or "none of N" (the CLI table's column).</summary>
    public string Closest() => ExplainedBy.Count switch
    {
        0 => $"none of {Searched}",
        1 => ExplainedBy[0].FactorId,
        _ => $"{ExplainedBy[0].FactorId} (+{ExplainedBy.Count - 1})",
    };
}

/// <summary>One library factor compared with an implied value: its own value and unit, where it comes from, and (value − implied) / implied.</summary>
public sealed record AttributedFactor(
    string FactorId,
    decimal Value,
    string Unit,
    string Edition,
    string? Region,
    int? Year,
    VerificationStatus Verification,
    string? Basis,
    decimal Gap);
