using Emissions.Calculation;
using Emissions.Storage;
using Emissions.Verification;

namespace Emissions.Api.Workbench;

/// <summary>A stored revision recomputed with the factor set it pinned: a calculation's metrics, or a report's request and verdicts.</summary>
internal sealed record PinnedResult(SubmissionRevision Revision, CalculationResult? Calculation, CheckRequest? Request, CheckReport? Report)
{
    /// <summary>The set the figures were computed with and its content hash (a calculation names it; a report used the pinned one).</summary>
    public (string? Id, string? Hash) ComputedWith => Calculation is { } c ? (c.FactorSetId, c.ContentHash) : (Revision.FactorSetId, Revision.FactorSetHash);
}
