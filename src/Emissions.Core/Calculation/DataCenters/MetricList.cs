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

    /// <summary>
    /// The first figure with this id (and site), found without building the figures before it: an organisation-wide
    /// figure among the organisation's, a site's through its table.
    /// </summary>
    public MetricValue? Find(string id, string? site)
    {
        if (site is null)
        {
            for (var i = 0; i < organisation.Count; i++)
            {
                if (organisation[i].Id == id)
                {
                    return organisation[i];
                }
            }

            return null;
        }

        return sites?.Find(id, site);
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
