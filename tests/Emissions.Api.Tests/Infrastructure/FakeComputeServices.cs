using System.Globalization;
using System.Text.Json;
using Emissions.Api.Compute;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Calculation;
using Emissions.Contract.Calculations;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Api.Tests.Infrastructure;

/// <summary>
/// Deterministic stand-ins for the compute modules: "electricity" (MWh, a string) × the set's first
/// factor. They show that the pinned set reaches the module and that results are reproducible.
/// </summary>
public sealed class FakeCalculationService : ICalculationService
{
    public ComputeResult Calculate(CalculationInput request, ComputeContext context) => FakeCompute.Run("calculation", request.Root, context);
}

public sealed class FakeCheckService : ICheckService
{
    public ComputeResult Check(JsonElement request, ComputeContext context) => FakeCompute.Run("check", request, context);

    // A request read from its bytes is the contract's check shape; the stand-in sees it as that JSON.
    public ComputeResult Check(CheckRequest request, ComputeContext context)
    {
        using var document = JsonDocument.Parse(CheckRequestJson.Write(request));
        return FakeCompute.Run("check", document.RootElement, context);
    }
}

public sealed class FakeMetricCatalogService : IMetricCatalogService
{
    public IReadOnlyList<MetricInfo> Metrics() =>
        [new MetricInfo("ghg.total", "Co2e", "tCO2e", "Total GHG emissions", "温室气体排放总量", "溫室氣體排放總量", "ghg.scope1 + ghg.scope2", ["ghg.total = ghg.scope1 + ghg.scope2"], ["HKEX A1.2"])];
}

internal static class FakeCompute
{
    public static ComputeResult Run(string operation, JsonElement request, ComputeContext context)
    {
        if (request.TryGetProperty("bad", out var bad))
        {
            // The detail opens with the path, as Core's do, so that a caller that moves the field can be seen to move it there too.
            throw ApiProblemException.Field(ProblemKinds.UnknownUnit, "$.bad", "$.bad: unknown unit", bad.ToString(), "a unit symbol");
        }

        string? emissions = null;
        if (request.TryGetProperty("electricity", out var electricity) && electricity.ValueKind == JsonValueKind.String && context.FactorSet is { } set)
        {
            var mwh = decimal.Parse(electricity.GetString()!, CultureInfo.InvariantCulture);
            emissions = (mwh * set.Factors[0].Value.Value).ToString(CultureInfo.InvariantCulture);
        }

        // The answers have the contract's types (the endpoints are typed): a calculation with one metric, or an empty check.
        var requestHash = CanonicalJson.Hash(CanonicalJson.Serialize(request));
        object body = operation == "calculation"
            ? new CalculationResponse(
                emissions is null ? [] : [new CalculationResponse.MetricDto("ghg.scope2", emissions, "tCO2", null, new CalculationResponse.TraceDto("fake: electricity × the set's first factor", [], [], [requestHash]))],
                new CalculationResponse.FactorSetDto(context.FactorSet?.Id ?? "", context.FactorSet?.ContentHash ?? ""),
                [],
                [])
            : new CheckReportBody(new CheckReport(operation, null, requestHash, [], [], []));
        var table = new ResultTable(["metric", "value", "unit"], [["ghg.scope2", emissions, "tCO2"], ["note", "a, \"quoted\" cell", null]]);
        return new ComputeResult(body, table);
    }
}
