namespace Emissions.Api.Compute;

/// <summary>Why a computation runs: a stateless request, validating a document before it is stored, or recomputing a stored one.</summary>
public enum ComputePurpose
{
    Request,
    ValidateSubmission,
    RecomputeSubmission,
}
