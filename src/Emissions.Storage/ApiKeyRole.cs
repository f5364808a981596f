namespace Emissions.Storage;

/// <summary>What a key may do within its own organisation. No role reaches another organisation's data.</summary>
public enum ApiKeyRole
{
    /// <summary>Reads and writes its organisation's submissions and factor sets.</summary>
    Submitter,

    /// <summary>Reads its organisation's submissions and factor sets; writes nothing.</summary>
    Auditor,

    /// <summary>Everything a submitter can, within its organisation.</summary>
    Admin,
}
