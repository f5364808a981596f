namespace Emissions.Factors;

/// <summary>Wire names and meanings of <see cref="Verification"/> (shared/reference/factors.md).</summary>
public static class VerificationNames
{
    public static string ToWire(this Verification verification) => verification switch
    {
        Verification.Confirmed => "confirmed",
        Verification.Secondary => "secondary",
        Verification.Unverified => "unverified",
        _ => throw new ArgumentOutOfRangeException(nameof(verification), verification, null),
    };

    /// <summary>What the status means, as a reader of a warning needs it.</summary>
    public static string Meaning(this Verification verification) => verification switch
    {
        Verification.Confirmed => "read in the publisher's own document or several consistent independent copies",
        Verification.Secondary => "one secondary source or third-party copy",
        Verification.Unverified => "widely quoted, not confirmed",
        _ => throw new ArgumentOutOfRangeException(nameof(verification), verification, null),
    };

    public static bool TryParse(string? name, out Verification verification)
    {
        switch (name)
        {
            case "confirmed":
                verification = Verification.Confirmed;
                return true;
            case "secondary":
                verification = Verification.Secondary;
                return true;
            case "unverified":
                verification = Verification.Unverified;
                return true;
            default:
                verification = default;
                return false;
        }
    }
}
