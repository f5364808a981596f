using System.Text.RegularExpressions;
using Emissions.Calculation;
using Emissions.Metrics;

namespace Emissions.Api.Submissions;

/// <summary>One reporting year's value of a metric and where it came from (submission and revision).</summary>
public sealed record SeriesPoint(int Year, decimal Value, string Source);

/// <summary>
/// A metric across reporting years, in its canonical unit: the power usage effectiveness and every intensity
/// (per employee, per revenue, per floor area) an organisation's calculations gave, one point a year.
/// </summary>
public sealed partial record YearSeries(string MetricId, string Unit, IReadOnlyList<SeriesPoint> Points)
{
    public const string Pue = "dc.pue";

    public string NameEn => MetricCatalog.TryFind(MetricId, out var d) ? d.NameEn : MetricId;

    public string NameZh => MetricCatalog.TryFind(MetricId, out var d) ? d.NameZhHans : MetricId;

    /// <summary>The reporting year of an annual period ("2020", "FY2020"); null for any other period (a half-year, a quarter).</summary>
    public static int? YearOf(string period) =>
        period is not null && AnnualPeriod().Match(period) is { Success: true } match ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    /// <summary>Whether a calculated figure belongs on the chart: the organisation's PUE and intensities (not a site's).</summary>
    public static bool IsCharted(MetricValue metric) =>
        metric is not null && metric.Site is null && (metric.Id == Pue || (MetricCatalog.TryFind(metric.Id, out var definition) && definition.Denominator is not null));

    /// <summary>One series per charted metric, years ascending; PUE first, the intensities in the order the calculations list them.</summary>
    public static IReadOnlyList<YearSeries> Build(IEnumerable<(int Year, string Source, CalculationResult Result)> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var series = new Dictionary<string, (string Unit, List<SeriesPoint> Points)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (year, source, result) in years.OrderBy(y => y.Year))
        {
            foreach (var metric in result.Metrics.Where(IsCharted))
            {
                if (!series.TryGetValue(metric.Id, out var found))
                {
                    found = (metric.Unit.Symbol, []);
                    series[metric.Id] = found;
                    order.Add(metric.Id);
                }

                found.Points.Add(new SeriesPoint(year, metric.Value, source));
            }
        }

        return [.. order.OrderBy(id => id == Pue ? 0 : 1).Select(id => new YearSeries(id, series[id].Unit, series[id].Points))];
    }

    [GeneratedRegex("^(?:FY)?([12][0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnualPeriod();
}
