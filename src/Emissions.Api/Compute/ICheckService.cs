using System.Text.Json;

namespace Emissions.Api.Compute;

/// <summary>POST /v1/checks and the results of stored "report" submissions: CONTRACT.md check shape → verdicts. Same error rules as <see cref="ICalculationService"/>.</summary>
public interface ICheckService
{
    ComputeResult Check(JsonElement request, ComputeContext context);

    /// <summary>A check request already read (from the posted bytes, <see cref="Emissions.Contract.Checks.CheckRequestUtf8Reader"/>).</summary>
    ComputeResult Check(Emissions.Verification.CheckRequest request, ComputeContext context);
}
