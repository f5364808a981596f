using Emissions.Metrics;

namespace Emissions.Api.Compute;

/// <summary>GET /v1/metrics: every catalogue id, intensities included, as <see cref="MetricInfo"/> records (built once).</summary>
public sealed class MetricCatalogService : IMetricCatalogService
{
    private static readonly Lazy<IReadOnlyList<MetricInfo>> All = new(() =>
        [.. MetricCatalog.AllWithIntensities().OrderBy(m => m.Id, StringComparer.Ordinal).Select(Info)]);

    public IReadOnlyList<MetricInfo> Metrics() => All.Value;

    public static MetricInfo Info(MetricDefinition metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new MetricInfo(
            metric.Id,
            metric.Kind.ToString(),
            metric.CanonicalUnit.Symbol,
            metric.NameEn,
            metric.NameZhHans,
            metric.NameZhHant,
            metric.Relations.FirstOrDefault(r => r.Kind == RelationKind.Equal)?.Formula.ToString(),
            [.. metric.Relations.Select(r => r.Text)],
            metric.DisclosureCodes,
            metric.BaseMetric,
            metric.Denominator?.Metric);
    }
}
