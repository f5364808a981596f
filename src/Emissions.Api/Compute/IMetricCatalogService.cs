namespace Emissions.Api.Compute;

/// <summary>GET /v1/metrics: the metric catalogue as wire records.</summary>
public interface IMetricCatalogService
{
    IReadOnlyList<MetricInfo> Metrics();
}
