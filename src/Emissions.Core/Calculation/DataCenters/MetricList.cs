namespace Emissions.Calculation.DataCenters;

/// <summary>
/// A calculation's figures in the order they were computed: the organisation-wide figures, with every
/// site's figures (read through their table) where the data centers were calculated.
/// </summary>
internal sealed class MetricList(IReadOnlyList<MetricValue> organisation, int sitesAt, SiteFigureTable? sites) : IReadOnlyList<MetricValue>
{
    private readonly int _siteCount = sites?.Count ?? 0;

    public int Count => organisation.Count + _siteCount;

    public MetricValue this[int index]
    {
        get
        {
            if (index < sitesAt || sites is null)
            {
                return organisation[index];
            }

            return index - sitesAt < _siteCount ? sites[index - sitesAt] : organisation[index - _siteCount];
        }
    }

    public IEnumerator<MetricValue> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
