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
    string CreatedBy);
