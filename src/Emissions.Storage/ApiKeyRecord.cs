using System.Globalization;

namespace Emissions.Storage;

/// <summary>A stored key: only its hash, never the key. Expiry, revocation and last use are null until they happen.</summary>
public sealed record ApiKeyRecord(string KeyHash, string KeyPrefix, string OrganizationId, ApiKeyRole Role, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? ExpiresAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    /// <summary>Why the key cannot be used at <paramref name="now"/>, or null when it can.</summary>
    public string? Unusable(DateTimeOffset now) =>
        RevokedAt is { } revoked ? string.Create(CultureInfo.InvariantCulture, $"the API key {KeyPrefix}… was revoked at {revoked.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}")
        : ExpiresAt is { } expires && expires <= now ? string.Create(CultureInfo.InvariantCulture, $"the API key {KeyPrefix}… expired at {expires.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}")
        : null;
}
