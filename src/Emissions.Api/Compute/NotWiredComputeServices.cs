using System.Text.Json;

namespace Emissions.Api.Compute;

// PLACEHOLDER — replaced when Emissions.Core/Verification is wired in (register a real ICheckService
// before AddEmissionsApi's TryAdd default, or replace it). Until then every check answers 501
// not-implemented, after the service's own checks (auth, size, depth, entries, JSON, factor-set name) have run.

/// <summary>Placeholder: verification is not wired yet (501).</summary>
public sealed class NotWiredCheckService : ICheckService
{
    public ComputeResult Check(JsonElement request, ComputeContext context) => throw new ComputeNotWiredException("verification");
}
