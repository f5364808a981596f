using System.Numerics;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// Every site's figures as columns of exact values, one column per <see cref="SiteFigure"/>, with a bit per
/// site and figure saying which it has. A figure becomes a <see cref="MetricValue"/> (with its trace) only
/// when it is read, and then once.
/// </summary>
/// <remarks>
/// A 10,000-site inventory gives about 110,000 site figures. As objects they were most of a calculation's
/// allocations and time (issue 4's benchmark, ADR 0009); as columns the calculation is the arithmetic and
/// the checks, and a caller that reads one fleet figure pays for no site objects.
/// </remarks>
internal sealed class SiteFigureTable
{
    private const int Figures = (int)SiteFigure.Cue + 1;
    private static readonly string[] RenewableAtZero = ["renewable energy counted at zero emissions"];
    private static readonly string[] WaterConvention = [WaterDensity.ConventionName];

    private readonly IReadOnlyList<DataCenterInput> _sites;
    private readonly decimal[]?[] _columns = new decimal[Figures][];
    private readonly int[] _counts = new int[Figures];
    private readonly uint[] _has;
    private readonly int[] _start;
    private readonly int[] _regionOf;
    private readonly SiteGrid?[] _grids;
    private MetricValue?[]? _materialised;

    /// <param name="sites">The data centers, in input order.</param>
    /// <param name="regionOf">Each site's grid region, an index into <paramref name="grids"/> (−1: none).</param>
    /// <param name="grids">The grid factors by region, filled in as the sites are calculated.</param>
    public SiteFigureTable(IReadOnlyList<DataCenterInput> sites, int[] regionOf, SiteGrid?[] grids)
    {
        _sites = sites;
        _has = new uint[sites.Count];
        _start = new int[sites.Count];
        _regionOf = regionOf;
        _grids = grids;
    }

    /// <summary>How many figures all sites have together.</summary>
    public int Count { get; private set; }

    public int Sites => _sites.Count;

    /// <summary>Starts a site's row: figures are counted from here, in <see cref="SiteFigure"/> order whatever order they are set in.</summary>
    public void BeginSite(int site) => _start[site] = Count;

    /// <summary>Sets a site's figure: an exact value in the canonical unit of the figure's kind (the catalogue unit's kind).</summary>
    public void Set(int site, SiteFigure figure, decimal value)
    {
        var column = _columns[(int)figure] ??= new decimal[_sites.Count];
        column[site] = value;
        _has[site] |= 1u << (int)figure;
        _counts[(int)figure]++;
        Count++;
    }

    /// <summary>How many sites have <paramref name="figure"/>: a fleet figure sums a column only when every site has it.</summary>
    public int CountOf(SiteFigure figure) => _counts[(int)figure];

    public decimal Value(int site, SiteFigure figure) => _columns[(int)figure]![site];

    /// <summary>The <paramref name="index"/>-th figure of the table, sites in order and each site's figures in <see cref="SiteFigure"/> order.</summary>
    public MetricValue this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var site = SiteAt(index);
            var bits = _has[site];
            for (var skip = index - _start[site]; skip > 0; skip--)
            {
                bits &= bits - 1;
            }

            return Figure(site, (SiteFigure)BitOperations.TrailingZeroCount(bits));
        }
    }

    /// <summary>
    /// One site's figure as a metric, built (with what its trace refers to) the first time it is asked for. Two threads
    /// asking first at once may both build it; they build equal figures from the same immutable values.
    /// </summary>
    public MetricValue Figure(int site, SiteFigure figure)
    {
        var bits = _has[site];
        var bit = 1u << (int)figure;
        if ((bits & bit) == 0)
        {
            throw new InvalidOperationException($"site {_sites[site].Id} has no {SiteFigureDefinition.Of(figure).Id}");
        }

        var index = _start[site] + BitOperations.PopCount(bits & (bit - 1));
        var materialised = _materialised ??= new MetricValue?[Count];
        return materialised[index] ??= Create(site, figure);
    }

    /// <summary>A site's figure by metric id and site id, or null when the site or the figure is not there.</summary>
    public MetricValue? Find(string id, string site)
    {
        if (SiteFigureDefinition.Find(id) is not { } figure)
        {
            return null;
        }

        for (var s = 0; s < _sites.Count; s++)
        {
            if (_sites[s].Id == site)
            {
                return (_has[s] & (1u << (int)figure)) == 0 ? null : Figure(s, figure);
            }
        }

        return null;
    }

    /// <summary>Every site's <paramref name="figure"/> as metrics, in site order: the inputs of a fleet figure's trace.</summary>
    public IReadOnlyList<MetricValue> Column(SiteFigure figure) => new SiteColumn(this, figure);

    private int SiteAt(int index)
    {
        // The last site whose row starts at or before index; every site has at least facility, IT and PUE, so starts rise strictly.
        var found = Array.BinarySearch(_start, index);
        return found >= 0 ? found : ~found - 1;
    }

    private MetricValue Create(int site, SiteFigure figure)
    {
        var dc = _sites[site];
        var definition = SiteFigureDefinition.Of(figure);
        var quantity = new Quantity(Value(site, figure), definition.Unit.Dimension);
        MetricValue Of(SiteFigure other) => Figure(site, other);
        MetricValue Ratio(string formula, SiteFigure numerator, SiteFigure denominator) =>
            new RatioMetric(definition.Id, quantity, definition.Unit, dc.Id, formula, Of(numerator), Of(denominator), []);
        MetricValue Given(Amount amount, IReadOnlyList<string> notes) => new GivenMetric(definition.Id, quantity, definition.Unit, dc.Id, amount, notes);

        return figure switch
        {
            SiteFigure.Facility => Given(dc.Facility, []),
            SiteFigure.It => Given(dc.It, []),
            SiteFigure.Cooling => Given(dc.Cooling!, []),
            SiteFigure.PowerLoss => Given(dc.PowerLoss!, []),
            SiteFigure.Renewable => Given(dc.Renewable!, []),
            SiteFigure.Reused => Given(dc.Reused!, []),
            SiteFigure.Water => Given(dc.Water!, dc.Water!.Quantity.Dimension == Dimension.MassDim ? WaterConvention : []),
            SiteFigure.Other => new DerivedMetric(definition.Id, quantity, definition.Unit, dc.Id, "facility − IT − cooling − power loss",
                [Of(SiteFigure.Facility), Of(SiteFigure.It), Of(SiteFigure.Cooling), Of(SiteFigure.PowerLoss)], [], []),
            SiteFigure.Pue => Ratio("dc.energy.facility / dc.energy.it", SiteFigure.Facility, SiteFigure.It),
            SiteFigure.Clf => Ratio("dc.energy.cooling / dc.energy.it", SiteFigure.Cooling, SiteFigure.It),
            SiteFigure.Plf => Ratio("dc.energy.power-loss / dc.energy.it", SiteFigure.PowerLoss, SiteFigure.It),
            SiteFigure.Olf => Ratio("dc.energy.other / dc.energy.it", SiteFigure.Other, SiteFigure.It),
            SiteFigure.Ref => Ratio("dc.energy.renewable / dc.energy.facility", SiteFigure.Renewable, SiteFigure.Facility),
            SiteFigure.Erf => Ratio("dc.energy.reused / dc.energy.facility", SiteFigure.Reused, SiteFigure.Facility),
            SiteFigure.Wue => Ratio("dc.water / dc.energy.it", SiteFigure.Water, SiteFigure.It),
            SiteFigure.Cue => Ratio("dc.ghg / dc.energy.it", SiteFigure.Ghg, SiteFigure.It),
            SiteFigure.Ghg => new DerivedMetric(definition.Id, quantity, definition.Unit, dc.Id, "(dc.energy.facility − dc.energy.renewable) × grid factor",
                dc.Renewable is null ? [Of(SiteFigure.Facility)] : [Of(SiteFigure.Facility), Of(SiteFigure.Renewable)], _grids[_regionOf[site]]!.Traced, RenewableAtZero),
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "not a site figure"),
        };
    }

    /// <summary>One figure of every site, read through the table, so a fleet figure refers to its sites without building them.</summary>
    private sealed class SiteColumn(SiteFigureTable table, SiteFigure figure) : IReadOnlyList<MetricValue>
    {
        public int Count => table.Sites;

        public MetricValue this[int index] => table.Figure(index, figure);

        public IEnumerator<MetricValue> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
