namespace Emissions.Verification;

/// <summary>
/// A judgement, not a verdict: a claim whose implied physics is implausible. It names the rule,
/// the figures, the numbers derived and the assumptions they rest on, so a reader can disagree.
/// </summary>
public sealed record PlausibilityFlag(
    string Rule,
    IReadOnlyList<string> Figures,
    string Message,
    IReadOnlyList<string> Assumptions,
    IReadOnlyDictionary<string, string> Numbers);
