namespace Emissions.Factors;

/// <summary>How sure we are of a factor's value (factors.md): a calculation using anything but confirmed says so.</summary>
public enum VerificationStatus
{
    Confirmed,
    Secondary,
    Unverified,
}
