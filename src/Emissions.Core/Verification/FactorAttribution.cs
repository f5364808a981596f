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
    IReadOnlyList<AttributedFactor> Nearest);

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
