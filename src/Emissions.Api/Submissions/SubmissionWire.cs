using System.Text.Json;

namespace Emissions.Api.Submissions;

/// <summary>The factor set a revision is pinned to: id, custom version (null for shipped) and the content hash it had when stored.</summary>
public sealed record FactorSetPin(string Id, int? Version, string ContentHash);

/// <summary>A stored revision without its document (POST/PUT answers, lists).</summary>
public sealed record SubmissionReceipt(
    string Id,
    int Revision,
    string Organization,
    string Kind,
    string Period,
    FactorSetPin? FactorSet,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string CreatedBy);

/// <summary>A stored revision with its document, as canonical JSON parsed back.</summary>
public sealed record SubmissionView(
    string Id,
    int Revision,
    string Organization,
    string Kind,
    string Period,
    FactorSetPin? FactorSet,
    string ContentHash,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    JsonElement Document);

/// <summary>GET /v1/submissions: a page; pass <see cref="Next"/> as ?after= for the next one.</summary>
public sealed record SubmissionPage(IReadOnlyList<SubmissionReceipt> Submissions, string? Next);

/// <summary>GET /v1/submissions/{id}/revisions.</summary>
public sealed record RevisionList(string Id, IReadOnlyList<SubmissionReceipt> Revisions);

/// <summary>GET /v1/submissions/{id}/results: the computation of one revision with its pinned factor set.</summary>
public sealed record SubmissionResults(string Id, int Revision, string Kind, string ContentHash, FactorSetPin? FactorSet, object Result);
