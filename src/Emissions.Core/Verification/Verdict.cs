namespace Emissions.Verification;

/// <summary>CONTRACT verdicts.</summary>
public enum Verdict
{
    /// <summary>The recomputation from the printed values, rounded to the printed precision, equals the printed value.</summary>
    Reproduced,

    /// <summary>The intervals overlap: the difference is explained by rounding or the stated qualifier.</summary>
    Consistent,

    /// <summary>No values inside the printed intervals satisfy the relation.</summary>
    Discrepant,

    /// <summary>A needed figure or factor is missing, or the relation cannot be bounded.</summary>
    Unverifiable,
}

/// <summary>The contract's wire names of <see cref="Verdict"/>.</summary>
public static class Verdicts
{
    /// <summary>The verdict's wire name: "reproduced", "consistent", "discrepant" or "unverifiable".</summary>
    /// <param name="verdict">The verdict.</param>
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Reproduced => "reproduced",
        Verdict.Consistent => "consistent",
        Verdict.Discrepant => "discrepant",
        _ => "unverifiable",
    };
}
