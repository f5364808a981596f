using Emissions.Factors;

namespace Emissions.Api.Compute;

/// <summary>
/// What the service resolved before calling a compute module.
/// <see cref="FactorSet"/> is the set to use, already looked up by the service: the set the
/// request names (calculate: $.factorSet; check: $.options.factorSet, else $.inputs.factorSet),
/// shipped or the caller's custom one; or, for a stored submission, the set pinned when it was
/// stored (its content hash verified). When it is set, it wins over any name in the request.
/// Null: the request names no set; the module uses its default or needs none.
/// </summary>
public sealed record ComputeContext(FactorSet? FactorSet, string? OrganizationId, ComputePurpose Purpose)
{
    /// <summary>A calculation's trace detail (POST /v1/calculations?trace=); null: chosen by the answer's size.</summary>
    internal Emissions.Contract.Calculations.TraceDetail? Trace { get; init; }

    /// <summary>A stored revision recomputed is held to the rules it was stored under, not to refusals added since.</summary>
    internal Emissions.Inventory.InputRules Rules => Purpose == ComputePurpose.RecomputeSubmission ? Emissions.Inventory.InputRules.AsStored : Emissions.Inventory.InputRules.Current;
}
