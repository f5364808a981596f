namespace Emissions.Storage;

/// <summary>One stored revision of a submission, exactly as written; revisions are never changed.</summary>
public sealed record SubmissionRevision(
    string SubmissionId,
    int Revision,
    string OrganizationId,
    string Kind,
    string Period,
    string? FactorSetId,
    int? FactorSetVersion,
    string? FactorSetHash,
    string Body,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string CreatedBy);
