namespace Emissions.Storage;

/// <summary>One immutable version of an organisation's custom factor set.</summary>
public sealed record StoredFactorSet(
    string OrganizationId,
    string SetId,
    int Version,
    string Body,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string CreatedBy);
