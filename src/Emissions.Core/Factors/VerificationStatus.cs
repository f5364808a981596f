namespace Emissions.Factors;

/// <summary>How sure we are of a factor's value (factors.md): a calculation using anything but confirmed says so.</summary>
public enum VerificationStatus
{
    /// <summary>Read in the publisher's own document, or in several consistent independent copies.</summary>
    Confirmed,
    /// <summary>From one secondary source or third-party copy; a calculation using it warns.</summary>
    Secondary,
    /// <summary>Widely quoted but not confirmed; a calculation using it warns.</summary>
    Unverified,
}
