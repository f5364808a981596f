namespace Emissions.Factors;

/// <summary>Wire names and meanings of <see cref="VerificationStatus"/> (shared/reference/factors.md).</summary>
internal static class VerificationNames
{
    public static string ToWire(this VerificationStatus verification) => verification switch
    {
        VerificationStatus.Confirmed => "confirmed",
        VerificationStatus.Secondary => "secondary",
        VerificationStatus.Unverified => "unverified",
        _ => throw new ArgumentOutOfRangeException(nameof(verification), verification, null),
    };

    /// <summary>What the status means, as a reader of a warning needs it.</summary>
    public static string Meaning(this VerificationStatus verification) => verification switch
    {
        VerificationStatus.Confirmed => "read in the publisher's own document or several consistent independent copies",
        VerificationStatus.Secondary => "one secondary source or third-party copy",
        VerificationStatus.Unverified => "widely quoted, not confirmed",
        _ => throw new ArgumentOutOfRangeException(nameof(verification), verification, null),
    };

    public static bool TryParse(string? name, out VerificationStatus verification)
    {
        switch (name)
        {
            case "confirmed":
                verification = VerificationStatus.Confirmed;
                return true;
            case "secondary":
                verification = VerificationStatus.Secondary;
                return true;
            case "unverified":
                verification = VerificationStatus.Unverified;
                return true;
            default:
                verification = default;
                return false;
        }
    }
}
