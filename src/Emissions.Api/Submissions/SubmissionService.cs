using System.Text.Json;
using Emissions.Api.Auth;
using Emissions.Api.Compute;
using Emissions.Api.Factors;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Storage;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Submissions;

/// <summary>
/// Stores submissions as append-only revisions: the document's canonical JSON and its sha256, the
/// factor set it names pinned by content hash, and recomputation of any revision with that set.
/// </summary>
public sealed class SubmissionService(
    IEmissionsStore store, ComputeRunner runner, FactorSetResolver factorSets, IOptions<ProblemMappingOptions> problems)
{
    public async Task<SubmissionReceipt> CreateAsync(Caller caller, JsonElement body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var revision = await PrepareAsync(caller, body, cancellationToken) with { Idempotency = Idempotency(idempotencyKey, "POST /v1/submissions", body) };
        return Receipt(await store.CreateSubmissionAsync(revision, cancellationToken));
    }

    // The key, what it is used for and the request it came with: the same key with another body or target is refused.
    private static IdempotencyKey? Idempotency(string? key, string scope, JsonElement body) =>
        key is null ? null : new IdempotencyKey(key, scope, CanonicalJson.Hash(CanonicalJson.Serialize(body)));

    /// <summary>Whether the caller's organisation has this submission (another organisation's does not exist).</summary>
    public async Task<bool> ExistsAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await store.GetRevisionAsync(caller.OrganizationId, id, null, cancellationToken) is not null;
    }

    public async Task<SubmissionReceipt?> AddRevisionAsync(Caller caller, string id, JsonElement body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var revision = await PrepareAsync(caller, body, cancellationToken) with { Idempotency = Idempotency(idempotencyKey, $"PUT /v1/submissions/{id}", body) };
        var stored = await store.AddRevisionAsync(id, revision, cancellationToken);
        return stored is null ? null : Receipt(stored);
    }

    /// <summary>Runs the recomputation and returns the raw compute result (for CSV), or null when not found.</summary>
    public async Task<(SubmissionRevision Revision, ComputeResult Result)?> ComputeAsync(Caller caller, string id, int? revisionNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var revision = await store.GetRevisionAsync(caller.OrganizationId, id, revisionNumber, cancellationToken);
        if (revision is null)
        {
            return null;
        }

        var pinned = await PinnedSetAsync(revision, cancellationToken);
        using var document = JsonDocument.Parse(revision.Body);
        var kind = revision.Kind == SubmissionKinds.Inputs ? ComputeKind.Calculation : ComputeKind.Check;
        var result = await runner.RunAsync(kind, document.RootElement, caller.OrganizationId, ComputePurpose.RecomputeSubmission, pinned, cancellationToken);
        return (revision, result);
    }

    public static SubmissionReceipt Receipt(SubmissionRevision r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.SubmissionId, r.Revision, r.OrganizationId, r.Kind, r.Period, Pin(r), r.ContentHash, r.CreatedAt, r.CreatedBy);
    }

    public static SubmissionView View(SubmissionRevision r)
    {
        ArgumentNullException.ThrowIfNull(r);
        using var document = JsonDocument.Parse(r.Body);
        return new(r.SubmissionId, r.Revision, r.OrganizationId, r.Kind, r.Period, Pin(r), r.ContentHash, r.CreatedAt, r.CreatedBy, document.RootElement.Clone());
    }

    public static FactorSetPin? Pin(SubmissionRevision r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.FactorSetId is null || r.FactorSetHash is null ? null : new FactorSetPin(r.FactorSetId, r.FactorSetVersion, r.FactorSetHash);
    }

    private async Task<NewRevision> PrepareAsync(Caller caller, JsonElement body, CancellationToken cancellationToken)
    {
        var envelope = SubmissionEnvelope.Parse(body);
        ResolvedFactorSet? set = null;
        if (envelope.FactorSet is { } reference)
        {
            set = await runner.ResolveAsync(reference, caller.OrganizationId, cancellationToken);
        }

        await ValidateAsync(caller, envelope, set, cancellationToken);
        var canonical = CanonicalJson.Serialize(envelope.Document);
        return new NewRevision(
            caller.OrganizationId,
            envelope.Kind,
            envelope.Period,
            set?.Set.Id,
            set?.Version,
            set?.Set.ContentHash,
            canonical,
            CanonicalJson.Hash(canonical),
            caller.KeyPrefix);
    }

    // A document is stored only if its compute module accepts it, so that GET …/results cannot fail
    // later on input that was bad from the start.
    private async Task ValidateAsync(Caller caller, SubmissionEnvelope envelope, ResolvedFactorSet? set, CancellationToken cancellationToken)
    {
        var kind = envelope.Kind == SubmissionKinds.Inputs ? ComputeKind.Calculation : ComputeKind.Check;
        try
        {
            await runner.RunAsync(kind, envelope.Document, caller.OrganizationId, ComputePurpose.ValidateSubmission, set, cancellationToken);
        }
        catch (Exception ex) when (problems.Value.TryMap(ex) is { Field: { } field } problem && field.StartsWith('$') && problem.Location == "body")
        {
            // The module saw the document as the root; the client sent it under $.document. The detail opens with the
            // same path, so it is moved too (it said "$.electricity[0].region: …" of the field "$.document.electricity[0].region").
            var detail = problem.Detail.StartsWith(field, StringComparison.Ordinal) ? "$.document" + problem.Detail[1..] : problem.Detail;
            throw new ApiProblemException(problem with { Field = "$.document" + field[1..], Detail = detail }, ex);
        }
    }

    private async Task<ResolvedFactorSet?> PinnedSetAsync(SubmissionRevision revision, CancellationToken cancellationToken)
    {
        if (revision.FactorSetId is null)
        {
            return null;
        }

        var found = await factorSets.FindAsync(revision.FactorSetId, revision.OrganizationId, revision.FactorSetVersion, cancellationToken);
        if (found is null || !string.Equals(found.Set.ContentHash, revision.FactorSetHash, StringComparison.Ordinal))
        {
            throw new ApiProblemException(new ApiProblem(ProblemKinds.FactorSetChanged,
                found is null
                    ? $"factor set '{revision.FactorSetId}' pinned by revision {revision.Revision} is no longer available"
                    : $"factor set '{revision.FactorSetId}' now has content hash {found.Set.ContentHash}; revision {revision.Revision} was stored with {revision.FactorSetHash}",
                "factorSet", revision.FactorSetId, $"content hash {revision.FactorSetHash}", "stored"));
        }

        return found;
    }
}
