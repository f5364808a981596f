namespace Emissions.Storage;

/// <summary>A stored key: only its hash, never the key.</summary>
public sealed record ApiKeyRecord(string KeyHash, string KeyPrefix, string OrganizationId, ApiKeyRole Role, DateTimeOffset CreatedAt);
