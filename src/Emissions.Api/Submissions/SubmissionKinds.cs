namespace Emissions.Api.Submissions;

/// <summary>What a submission holds: raw inputs (calculate shape) or a published report (check shape).</summary>
public static class SubmissionKinds
{
    public const string Inputs = "inputs";
    public const string Report = "report";

    public static bool IsKnown(string kind) => kind is Inputs or Report;
}
