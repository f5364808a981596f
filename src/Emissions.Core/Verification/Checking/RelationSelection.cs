using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>
/// Which relations apply to which figure. Catalogue relations join the figures of one period and site by metric
/// (each figure read in its metric's canonical space, <see cref="Operand.ForCatalogue"/>); the auditor's relations
/// name figures by id, or by metric within the target's period and site (<see cref="Operand.ForCustom"/>); a
/// calculator recomputes the document's metrics from raw inputs.
/// </summary>
internal sealed class RelationSelection
{
    private readonly CheckRequest _request;
    private readonly CheckSession _session;
    private readonly Dictionary<FigureGroup, Dictionary<string, Operand>> _catalogue = [];
    // By figure position: the figure's catalogue operand when catalogue relations use it (the first figure of its metric
    // for its period and site), else null. An auditor's relation reads a figure with a unit as that operand.
    private readonly Operand?[] _catalogueByFigure;
    // Figure positions by id, for the auditor's relations only: made when the first one is selected (most requests have none).
    private Dictionary<string, int>? _byKey;
    // Operands of the auditor's relations by figure position, made when first named (most requests name none): an array,
    // not a table keyed by figure, as wide reports name hundreds of figures and each look-up hashed one.
    private Operand?[]? _custom;

    // The name lookups of relations, one per period and site rather than a closure per figure or relation.
    private readonly Dictionary<FigureGroup, Func<string, Operand?>> _catalogueResolvers = [];
    private readonly Dictionary<FigureGroup, Func<string, Operand?>> _customResolvers = [];

    // The group of the last auditor's relation and its resolver: a report lists a site's relations together, so most
    // relations need no hashing of their group's two strings.
    private FigureGroup _lastCustomGroup;
    private Func<string, Operand?>? _lastCustomResolver;

    // A figure's relations with some of their figures missing, specified only when it has no complete one.
    private readonly List<CatalogueRelation> _partial = [];

    // The group of the last catalogue look-up, with its figures by metric and its resolver: a report's figures nearly
    // all share one period and site (the document's, the same strings), so most look-ups need no hashing of the group.
    private FigureGroup _lastGroup;
    private Dictionary<string, Operand>? _lastMetrics;
    private Func<string, Operand?>? _lastResolver;

    /// <summary>Reads every figure once into the operands relations will use, noting figures that cannot stand for their metric.</summary>
    public RelationSelection(CheckRequest request, CheckSession session)
    {
        _request = request;
        _session = session;
        _catalogueByFigure = new Operand?[request.Figures.Count];
        Index();
    }

    private decimal AboutTolerance => _session.Options.AboutTolerance;

    // The position of the first figure of each id, as the index kept it (a second figure of an id is never named).
    private Dictionary<string, int> ByKey
    {
        get
        {
            if (_byKey is null)
            {
                var figures = _request.Figures;
                _byKey = new Dictionary<string, int>(figures.Count, StringComparer.Ordinal);
                for (var i = 0; i < figures.Count; i++)
                {
                    _byKey.TryAdd(figures[i].Key, i);
                }
            }

            return _byKey;
        }
    }

    private void Index()
    {
        var figures = _request.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Metric is null)
            {
                continue;
            }

            var operand = Operand.ForCatalogue(figure, AboutTolerance);
            if (operand is null)
            {
                // Only a pure number cannot stand for its metric (a unit of the wrong kind is refused when read); % and ‰ are
                // units of a pure number, so such a figure is said to be printed as one, not printed with no unit.
                var kind = MetricCatalog.Find(figure.Metric).Kind;
                var symbol = figure.Printed.Unit.Symbol;
                var printed = symbol.Length == 0 ? "printed with no unit" : $"printed as a pure number ({symbol})";
                _session.Note($"{figure.Key}: {printed}, but {figure.Metric} is {kind}; catalogue relations do not use it");
                continue;
            }

            if (operand.Note is { } note)
            {
                _session.Note(note);
            }

            var group = _session.GroupOf(figure);
            var metrics = CatalogueMetrics(group);
            if (metrics is null)
            {
                // The document's own period and site usually hold every figure: sized for them at once rather than grown
                // (and rehashed) four times. A figure's own group (one site of many) starts small, as before.
                var capacity = figure.Period is null && figure.Site is null ? figures.Count : 0;
                metrics = new Dictionary<string, Operand>(capacity, StringComparer.Ordinal);
                _catalogue[group] = metrics;
            }

            if (metrics.TryAdd(figure.Metric, operand))
            {
                _catalogueByFigure[i] = operand;
            }
            else
            {
                _session.Note($"{figure.Key}: a second {figure.Metric} figure for {group.Describe()}; catalogue relations use the first ({metrics[figure.Metric].Figure.Key})");
            }
        }
    }

    /// <summary>
    /// The catalogue relations of the figure's metric whose figures are all printed for its period and site, into
    /// <paramref name="into"/> (cleared first; one list reused for every figure). A relation with some of its figures
    /// missing is given only when nothing else could be checked for the figure: PUE ≥ 1 + CLF + PLF makes
    /// "PUE = 1 + CLF + PLF + OLF (OLF not printed)" noise.
    /// </summary>
    public void CatalogueRelations(ReportedFigure figure, List<RelationSpec> into)
    {
        into.Clear();
        if (figure.Metric is null)
        {
            return;
        }

        var group = _session.GroupOf(figure);
        if (CatalogueMetrics(group) is not { } metrics || !metrics.TryGetValue(figure.Metric, out var target) || !ReferenceEquals(target.Figure, figure))
        {
            return;
        }

        // One lookup per period and site, shared by its figures' relations.
        var resolve = _lastResolver;
        if (resolve is null)
        {
            if (!_catalogueResolvers.TryGetValue(group, out resolve))
            {
                resolve = CatalogueResolver(metrics);
                _catalogueResolvers[group] = resolve;
            }

            _lastResolver = resolve;
        }

        // Static, with its arguments passed: a local function capturing this method's locals would allocate their
        // closure on every call, for every figure, whether or not a relation is specified.
        static RelationSpec Spec(CatalogueRelation catalogued, Operand target, FigureGroup group, Func<string, Operand?> resolve)
        {
            var relation = catalogued.Relation;
            return new(relation.Name, relation.Formula, catalogued.Text, relation.Kind, target, group, resolve, null) { Shape = catalogued.Shape };
        }

        var partial = _partial;
        partial.Clear();
        foreach (var relation in MetricRelations.For(figure.Metric))
        {
            var shape = relation.Shape;
            var references = shape.Names;
            var present = 0;
            for (var i = 0; i < references.Count; i++)
            {
                // By index: a foreach over the interface boxes the list's enumerator, for every relation of every figure.
                present += metrics.ContainsKey(references[i]) ? 1 : 0;
            }

            // A relation none of whose figures are printed is not even specified (most of a metric's relations, for most figures).
            if (present == references.Count && (present > 0 || shape.Factors.Count > 0))
            {
                into.Add(Spec(relation, target, group, resolve));
            }
            else if (present > 0)
            {
                partial.Add(relation);
            }
        }

        if (into.Count == 0)
        {
            foreach (var relation in partial)
            {
                into.Add(Spec(relation, target, group, resolve));
            }
        }

        partial.Clear();
    }

    /// <summary>
    /// The group's figures by metric (null when it has none yet), and the group remembered as the last looked up. The
    /// same strings as the last group's (by reference) are the same group without hashing; equal strings that are not the
    /// same go through the table, as does any other group.
    /// </summary>
    private Dictionary<string, Operand>? CatalogueMetrics(FigureGroup group)
    {
        if (_lastMetrics is not null && ReferenceEquals(group.Period, _lastGroup.Period) && ReferenceEquals(group.Site, _lastGroup.Site))
        {
            return _lastMetrics;
        }

        if (!_catalogue.TryGetValue(group, out var metrics))
        {
            return null;
        }

        _lastGroup = group;
        _lastMetrics = metrics;
        _lastResolver = null;
        return metrics;
    }

    private static Func<string, Operand?> CatalogueResolver(Dictionary<string, Operand> metrics) =>
        name => metrics.TryGetValue(name, out var o) ? o : null;

    private Func<string, Operand?> CustomResolver(FigureGroup group) => name => ResolveCustom(name, group);

    /// <summary>An auditor's relation: its names are figure ids, or metric ids naming the one figure of that metric for the target's period and site.</summary>
    public RelationSpec CustomRelation(CustomRelation relation)
    {
        var targetPosition = ByKey[relation.Metric];
        var target = Custom(targetPosition);
        var group = _session.GroupOf(_request.Figures[targetPosition]);
        var resolve = _lastCustomResolver;
        if (resolve is null || !ReferenceEquals(group.Period, _lastCustomGroup.Period) || !ReferenceEquals(group.Site, _lastCustomGroup.Site))
        {
            if (!_customResolvers.TryGetValue(group, out resolve))
            {
                resolve = CustomResolver(group);
                _customResolvers[group] = resolve;
            }

            (_lastCustomGroup, _lastCustomResolver) = (group, resolve);
        }

        // No "metric = formula" string per relation and request: the answer writes its two parts (CheckResult.FormulaOf).
        return new RelationSpec(relation.Id, relation.Formula, null, RelationKind.Equal, target, group, resolve, relation);
    }

    /// <summary>A name in an auditor's relation: a figure id, else the one figure of that metric for the target's period and site.</summary>
    private Operand? ResolveCustom(string name, FigureGroup group)
    {
        if (ByKey.TryGetValue(name, out var position))
        {
            return Custom(position);
        }

        return OnlyFigureOf(name, group) is { } only ? Custom(only) : null;
    }

    /// <summary>The position of the one figure of <paramref name="metric"/> for the period and site, else null (none, or more than one).</summary>
    private int? OnlyFigureOf(string metric, FigureGroup group)
    {
        int? found = null;
        var figures = _request.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Metric == metric && _session.GroupOf(figure) == group)
            {
                if (found is not null)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    /// <summary>
    /// The operand of the figure at <paramref name="position"/> in the auditor's relations: its catalogue operand when it has a
    /// unit (such a figure reads the same there; only a bare number differs: a headcount is persons in the catalogue, a plain
    /// number here), else read anew (a bare number, a figure catalogue relations do not use, a second figure of its metric).
    /// </summary>
    private Operand Custom(int position)
    {
        var custom = _custom ??= new Operand?[_request.Figures.Count];
        if (custom[position] is not { } operand)
        {
            var figure = _request.Figures[position];
            operand = (figure.Printed.Dimension.IsDimensionless ? null : _catalogueByFigure[position]) ?? Operand.ForCustom(figure, AboutTolerance);
            custom[position] = operand;
        }

        return operand;
    }

    /// <summary>Each document-level metric the calculator recomputes from the request's raw inputs, with its recomputed value.</summary>
    public IEnumerable<(RelationSpec Spec, Quantity Value)> FromInputs()
    {
        if (_session.Settings.Recompute is not { } recompute)
        {
            yield break;
        }

        var documentGroup = new FigureGroup(_request.Period, _request.Site);
        if (!_catalogue.TryGetValue(documentGroup, out var metrics))
        {
            yield break;
        }

        foreach (var (metric, target) in metrics)
        {
            if (recompute(metric) is not { } value)
            {
                continue;
            }

            if (value.Dimension != target.Dimension)
            {
                _session.Note($"{metric} (from inputs): the calculator returned {value.Kind}, the figure is {target.Dimension}; not compared");
                continue;
            }

            yield return (new RelationSpec($"{metric} (from inputs)", new Reference("inputs"), $"{metric} = calculated from the request's inputs", RelationKind.Equal,
                target, documentGroup, _ => null, null), value);
        }
    }
}
