namespace Emissions.Storage;

/// <summary>What a writer supplies for a revision; the store assigns the submission id (on create), the revision number and the time.</summary>
public sealed record NewRevision(
    string OrganizationId,
    string Kind,
    string Period,
    string? FactorSetId,
    int? FactorSetVersion,
    string? FactorSetHash,
    string Body,
    string ContentHash,
    string CreatedBy)
{
    /// <summary>The write's Idempotency-Key, if the client sent one: stored with the revision, in the same transaction.</summary>
    public IdempotencyKey? Idempotency { get; init; }
}
