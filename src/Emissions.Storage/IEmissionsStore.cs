namespace Emissions.Storage;

/// <summary>
/// Everything the service stores. Every read takes the caller's organisation: a row of another
/// organisation is indistinguishable from a missing one. Writes only ever insert.
/// </summary>
public interface IEmissionsStore
{
    DatabaseProvider Provider { get; }

    /// <summary>Creates the database if needed and applies pending migrations in one transaction.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>The highest applied migration version.</summary>
    Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default);

    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    Task InsertKeyAsync(ApiKeyRecord key, CancellationToken cancellationToken = default);

    Task<ApiKeyRecord?> FindKeyAsync(string keyHash, CancellationToken cancellationToken = default);

    /// <summary>Every key of the organisation (revoked and expired ones too), oldest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <summary>Revokes the organisation's key with this prefix; the number of keys revoked (0: none, or already revoked).</summary>
    Task<int> RevokeKeyAsync(string organizationId, string keyPrefix, CancellationToken cancellationToken = default);

    /// <summary>Records that the key was used at <paramref name="at"/>.</summary>
    Task TouchKeyAsync(string keyHash, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>A new submission with revision 1.</summary>
    Task<SubmissionRevision> CreateSubmissionAsync(NewRevision revision, CancellationToken cancellationToken = default);

    /// <summary>The next revision, numbered max+1 under concurrency; null when the organisation has no such submission.</summary>
    Task<SubmissionRevision?> AddRevisionAsync(string submissionId, NewRevision revision, CancellationToken cancellationToken = default);

    /// <summary>Revision <paramref name="revision"/>, or the latest when null.</summary>
    Task<SubmissionRevision?> GetRevisionAsync(string organizationId, string submissionId, int? revision = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SubmissionRevision>> ListRevisionsAsync(string organizationId, string submissionId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SubmissionRevision>> ListSubmissionsAsync(SubmissionQuery query, CancellationToken cancellationToken = default);

    /// <summary>Stores the next version of a custom factor set (1 for a new id).</summary>
    Task<StoredFactorSet> AddFactorSetVersionAsync(string organizationId, string setId, string body, string contentHash, string createdBy, CancellationToken cancellationToken = default);

    /// <summary>Version <paramref name="version"/>, or the latest when null.</summary>
    Task<StoredFactorSet?> GetFactorSetAsync(string organizationId, string setId, int? version = null, CancellationToken cancellationToken = default);

    /// <summary>The latest version of each of the organisation's custom sets.</summary>
    Task<IReadOnlyList<StoredFactorSet>> ListFactorSetsAsync(string organizationId, CancellationToken cancellationToken = default);
}
