namespace Emissions.Verification;

/// <summary>CONTRACT "Check" response: checks, counts per verdict, plausibility flags and notes.</summary>
public sealed record CheckReport(
    string? Organization,
    string? Period,
    string? Source,
    IReadOnlyList<CheckResult> Checks,
    IReadOnlyList<PlausibilityFlag> Flags,
    IReadOnlyList<string> Notes)
{
    public int Count(Verdict verdict) => Checks.Count(c => c.Verdict == verdict);

    public bool HasMaterialDiscrepancy => Checks.Any(c => c.Material);

    public IReadOnlyDictionary<string, int> Summary => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["reproduced"] = Count(Verdict.Reproduced),
        ["consistent"] = Count(Verdict.Consistent),
        ["discrepant"] = Count(Verdict.Discrepant),
        ["unverifiable"] = Count(Verdict.Unverifiable),
        ["material"] = Checks.Count(c => c.Material),
    };
}
