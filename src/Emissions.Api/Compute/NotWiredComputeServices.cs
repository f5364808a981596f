using System.Text.Json;

namespace Emissions.Api.Compute;

// PLACEHOLDERS — replaced when Emissions.Calculation / Emissions.Verification are wired in
// (register real ICalculationService, ICheckService, IMetricCatalogService before AddEmissionsApi's
// TryAdd defaults, or replace them). Until then every call answers 501 not-implemented, after
// the service's own checks (auth, size, depth, entries, JSON, factor-set name) have run.

/// <summary>Placeholder: calculation is not wired yet (501).</summary>
public sealed class NotWiredCalculationService : ICalculationService
{
    public ComputeResult Calculate(JsonElement request, ComputeContext context) => throw new ComputeNotWiredException("calculation");
}

/// <summary>Placeholder: verification is not wired yet (501).</summary>
public sealed class NotWiredCheckService : ICheckService
{
    public ComputeResult Check(JsonElement request, ComputeContext context) => throw new ComputeNotWiredException("verification");
}

/// <summary>Placeholder: the metric catalogue is not wired yet (501).</summary>
public sealed class NotWiredMetricCatalogService : IMetricCatalogService
{
    public IReadOnlyList<MetricInfo> Metrics() => throw new ComputeNotWiredException("the metric catalogue");
}
