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
    /// <summary>How many checks have this verdict.</summary>
    /// <param name="verdict">The verdict to count.</param>
    public int Count(Verdict verdict) => Checks.Count(c => c.Verdict == verdict);

    /// <summary>Whether any check found a discrepancy at least as large as the materiality threshold.</summary>
    public bool HasMaterialDiscrepancy => Checks.Any(c => c.Material);

    /// <summary>Counts by verdict name (reproduced, consistent, discrepant, unverifiable) and of material discrepancies, as the contract's summary prints them.</summary>
    public IReadOnlyDictionary<string, int> Summary => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["reproduced"] = Count(Verdict.Reproduced),
        ["consistent"] = Count(Verdict.Consistent),
        ["discrepant"] = Count(Verdict.Discrepant),
        ["unverifiable"] = Count(Verdict.Unverifiable),
        ["material"] = Checks.Count(c => c.Material),
    };
}
