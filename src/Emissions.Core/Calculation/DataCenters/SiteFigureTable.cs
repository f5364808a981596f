using System.Numerics;
using Emissions.Inventory;
using Emissions.Quantities;

namespace Emissions.Calculation.DataCenters;

/// <summary>
/// Every site's figures as columns of exact values in canonical units, one column per <see cref="DataCenterFigures"/>
/// figure, with a bit per site and figure saying which it has. A figure becomes a <see cref="MetricValue"/> (with its
/// trace) only when it is read, and then once.
/// </summary>
/// <remarks>
/// A 10,000-site inventory gives about 110,000 site figures. As objects they were most of a calculation's
/// allocations and time (issue 4's benchmark, ADR 0009); as columns the calculation is the arithmetic and
/// the checks, and a caller that reads one fleet figure pays for no site objects. The input columns are the
/// inventory's own <see cref="DataCenterColumns"/>, not copies.
/// </remarks>
internal sealed class SiteFigureTable
{
    private static readonly string[] RenewableAtZero = ["renewable energy counted at zero emissions"];
    private static readonly string[] WaterConvention = [WaterDensity.ConventionName];

    private readonly IReadOnlyList<DataCenterInput> _sites;
    private readonly decimal[]?[] _columns = new decimal[DataCenterFigures.Count][];
    private readonly int[] _counts = new int[DataCenterFigures.Count];
    private readonly ulong[] _has;
    private readonly int[] _start;
    private readonly int[] _regionOf;
    private readonly SiteGrid?[] _grids;
    private MetricValue?[]? _materialised;

    /// <param name="sites">The data centers, in input order.</param>
    /// <param name="columns">Their input amounts as columns, used as the table's input columns.</param>
    /// <param name="grids">The grid factors by region, filled in as the sites are calculated.</param>
    public SiteFigureTable(IReadOnlyList<DataCenterInput> sites, DataCenterColumns columns, SiteGrid?[] grids)
    {
        _sites = sites;
        _has = new ulong[sites.Count];
        _start = new int[sites.Count];
        _regionOf = columns.Region;
        _grids = grids;
        _columns[DataCenterFigures.Facility] = columns.Facility;
        _columns[DataCenterFigures.It] = columns.It;
        _columns[DataCenterFigures.Cooling] = columns.Cooling;
        _columns[DataCenterFigures.PowerLoss] = columns.PowerLoss;
        _columns[DataCenterFigures.Renewable] = columns.Renewable;
        _columns[DataCenterFigures.Reused] = columns.Reused;
        _columns[DataCenterFigures.Water] = columns.Water;
    }

    /// <summary>How many figures all sites have together.</summary>
    public int Count { get; private set; }

    public int Sites => _sites.Count;

    /// <summary>The grid factors by region, filled in as the sites' emissions are calculated.</summary>
    public SiteGrid?[] Grids => _grids;

    /// <summary>The columns by figure, what the compiled definitions run over.</summary>
    public decimal[]?[] Columns => _columns;

    /// <summary>A figure's column, allocated the first time a site has the figure.</summary>
    public decimal[] Column(int figure) => _columns[figure] ??= new decimal[_sites.Count];

    /// <summary>Each site's presence bits, one per figure, set as its figures are calculated.</summary>
    public ulong[] Has => _has;

    /// <summary>Lists each site's figures in figure order, once every site's <see cref="Has"/> bits are set.</summary>
    public void Complete()
    {
        // Sites in a row with the same figures (most fleets report alike) add to the figure counts once per run.
        var (count, run, runBits) = (0, 0, 0UL);
        for (var s = 0; s < _has.Length; s++)
        {
            var bits = _has[s];
            _start[s] = count;
            count += BitOperations.PopCount(bits);
            if (bits != runBits)
            {
                AddCounts(runBits, run);
                (runBits, run) = (bits, 0);
            }

            run++;
        }

        AddCounts(runBits, run);
        Count = count;
    }

    private void AddCounts(ulong bits, int sites)
    {
        for (var rest = bits; rest != 0; rest &= rest - 1)
        {
            _counts[BitOperations.TrailingZeroCount(rest)] += sites;
        }
    }

    /// <summary>How many sites have <paramref name="figure"/>: a fleet figure sums a column only when every site has it.</summary>
    public int CountOf(int figure) => _counts[figure];

    public decimal Value(int site, int figure) => _columns[figure]![site];

    /// <summary>The <paramref name="index"/>-th figure of the table, sites in order and each site's figures in figure order.</summary>
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

            return Figure(site, BitOperations.TrailingZeroCount(bits));
        }
    }

    /// <summary>
    /// One site's figure as a metric, built (with what its trace refers to) the first time it is asked for. Two threads
    /// asking first at once may both build it; they build equal figures from the same immutable values.
    /// </summary>
    public MetricValue Figure(int site, int figure)
    {
        var bits = _has[site];
        var bit = DataCenterFigures.Bit(figure);
        if ((bits & bit) == 0)
        {
            throw new InvalidOperationException($"site {_sites[site].Id} has no {DataCenterFigures.Id(figure)}");
        }

        var index = _start[site] + BitOperations.PopCount(bits & (bit - 1));
        var materialised = _materialised ??= new MetricValue?[Count];
        return materialised[index] ??= Create(site, figure);
    }

    /// <summary>A site's figure by metric id and site id, or null when the site or the figure is not there.</summary>
    public MetricValue? Find(string id, string site)
    {
        if (DataCenterFigures.Find(id) is not { } figure)
        {
            return null;
        }

        for (var s = 0; s < _sites.Count; s++)
        {
            if (_sites[s].Id == site)
            {
                return (_has[s] & DataCenterFigures.Bit(figure)) == 0 ? null : Figure(s, figure);
            }
        }

        return null;
    }

    /// <summary>Every site's <paramref name="figure"/> as metrics, in site order: the inputs of a fleet figure's trace.</summary>
    public IReadOnlyList<MetricValue> SiteColumn(int figure) => new SiteFigures(this, figure);

    private int SiteAt(int index)
    {
        // The last site whose row starts at or before index; every site has at least facility, IT and PUE, so starts rise strictly.
        var found = Array.BinarySearch(_start, index);
        return found >= 0 ? found : ~found - 1;
    }

    private MetricValue Create(int site, int figure)
    {
        var dc = _sites[site];
        var id = DataCenterFigures.Id(figure);
        var unit = DataCenterFigures.Units[figure];
        var quantity = new Quantity(Value(site, figure), unit.Dimension);
        MetricValue Given(Amount amount, IReadOnlyList<string> notes) => new GivenMetric(id, quantity, unit, dc.Id, amount, notes);

        if (figure == DataCenterFigures.Ghg)
        {
            return new DerivedMetric(id, quantity, unit, dc.Id, "(dc.energy.facility − dc.energy.renewable) × grid factor",
                dc.Renewable is null ? [Figure(site, DataCenterFigures.Facility)] : [Figure(site, DataCenterFigures.Facility), Figure(site, DataCenterFigures.Renewable)],
                _grids[_regionOf[site]]!.Traced, RenewableAtZero);
        }

        if (SiteInputs.Amount(dc, figure) is { } amount)
        {
            return Given(amount, figure == DataCenterFigures.Water && amount.Quantity.Dimension == Dimension.MassDim ? WaterConvention : []);
        }

        var formula = DataCenterFigures.DefinitionOf(figure).Formula;
        var inputs = new MetricValue[formula.Names.Count];
        for (var i = 0; i < inputs.Length; i++)
        {
            inputs[i] = Figure(site, DataCenterFigures.Find(formula.Names[i])!.Value);
        }

        return new DerivedMetric(id, quantity, unit, dc.Id, formula.ToString(), inputs, [], []);
    }

    /// <summary>One figure of every site, read through the table, so a fleet figure refers to its sites without building them.</summary>
    private sealed class SiteFigures(SiteFigureTable table, int figure) : IReadOnlyList<MetricValue>
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
