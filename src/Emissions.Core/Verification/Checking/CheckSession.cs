using Emissions.Budget;

namespace Emissions.Verification.Checking;

/// <summary>
/// One <see cref="Checker.Check"/> call: selects the relations (<see cref="RelationSelection"/>), decides each
/// one's verdict (<see cref="RelationVerdict"/>) in the report's order — catalogue relations figure by figure,
/// then the auditor's, then recomputations from raw inputs, then claims no relation tested — and keeps the
/// report's notes.
/// </summary>
internal sealed class CheckSession
{
    private readonly CheckRequest _request;
    private readonly List<CheckResult> _checks;
    private readonly List<string> _notes = [];
    // Only claims are ever asked about (CheckUnsupportedClaims): other figures are not kept, and most reports have none.
    private HashSet<ReportedFigure>? _involvedClaims;

    public CheckSession(CheckerSettings settings, CheckRequest request)
    {
        Settings = settings;
        _request = request;

        // About one check per figure and per auditor's relation: sized once instead of grown (and copied) ten times.
        _checks = new List<CheckResult>(request.Figures.Count + request.Relations.Count);
    }

    public CheckerSettings Settings { get; }

    public CheckOptions Options => _request.Options;

    /// <summary>The UTF-8 explanation prose of every check of this session, one segment per check.</summary>
    public ProseBuffer Prose { get; } = new();

    public CheckReport Execute()
    {
        // By index: a foreach over the request's lists (interfaces) would box their enumerators.
        var figures = _request.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (figure.Printed.Unit.Caveat is { } caveat)
            {
                Note($"{figure.Source ?? figure.Key}: {caveat}");
            }
        }

        var selection = new RelationSelection(_request, this);
        var verdicts = new RelationVerdict(this);
        var specs = new List<RelationSpec>();
        for (var i = 0; i < figures.Count; i++)
        {
            WorkBudget.Checkpoint();
            selection.CatalogueRelations(figures[i], specs);
            foreach (var spec in specs)
            {
                _checks.Add(verdicts.Evaluate(spec));
            }
        }

        var relations = _request.Relations;
        for (var i = 0; i < relations.Count; i++)
        {
            WorkBudget.Checkpoint();
            _checks.Add(verdicts.Evaluate(selection.CustomRelation(relations[i])));
        }

        // Only with a calculator: the iterator is an object made for every request otherwise.
        if (Settings.Recompute is not null)
        {
            foreach (var (spec, value) in selection.FromInputs())
            {
                _checks.Add(verdicts.FromInputs(spec, value));
            }
        }

        var flags = Settings.Rules.SelectMany(r => r.Evaluate(_request)).ToList();
        CheckUnsupportedClaims(flags);
        if (_request.Inputs is not null && Settings.Recompute is null)
        {
            Note("inputs: recorded, not recalculated (no calculator was supplied)");
        }

        return new CheckReport(_request.Organization, _request.Period, _request.Source, _checks, flags, _notes);
    }

    /// <summary>A report-level note, once however often it is raised.</summary>
    public void Note(string note)
    {
        if (!_notes.Contains(note))
        {
            _notes.Add(note);
        }
    }

    /// <summary>Marks a figure as used by some relation (a claim no relation used is reported as unverifiable).</summary>
    public void Involve(ReportedFigure figure)
    {
        if (IsClaim(figure))
        {
            (_involvedClaims ??= new HashSet<ReportedFigure>(ReferenceEqualityComparer.Instance)).Add(figure);
        }
    }

    // A pattern, not Claims.Contains: Involve runs for every operand of every relation (3,000 times per wide-500 request),
    // and the array's Contains through its comparer cost ~250 instructions a call.
    private static bool IsClaim(ReportedFigure figure) => figure.Metric is "ghg.avoided" or "dc.energy.saved";

    public FigureGroup GroupOf(ReportedFigure figure) => new(figure.Period ?? _request.Period, figure.Site ?? _request.Site);

    /// <summary>Claims (avoided emissions, energy saved) that no relation could test are reported as unverifiable.</summary>
    private void CheckUnsupportedClaims(List<PlausibilityFlag> flags)
    {
        var figures = _request.Figures;
        for (var i = 0; i < figures.Count; i++)
        {
            var figure = figures[i];
            if (IsClaim(figure) && _involvedClaims?.Contains(figure) != true)
            {
                AddUnsupportedClaim(figure, flags);
            }
        }
    }

    // Apart from the loop above: its query's closure over the figure would otherwise be made for every figure.
    private void AddUnsupportedClaim(ReportedFigure figure, List<PlausibilityFlag> flags)
    {
        var operand = Operand.ForCatalogue(figure, Options.AboutTolerance) ?? Operand.ForCustom(figure, Options.AboutTolerance);
        var flagged = flags.Where(f => f.Figures.Contains(figure.Key)).Select(f => f.Rule).ToList();
        var explanation = "No method, factor or baseline is printed for this claim, so it cannot be recomputed."
            + (flagged.Count > 0 ? $" See the plausibility flag{(flagged.Count > 1 ? "s" : "")} {string.Join(", ", flagged)}." : "");
        var group = GroupOf(figure);
        _checks.Add(new CheckResult($"{figure.Metric} (claim)", figure.Key, group.Period, group.Site, $"{figure.Metric} = (no method printed)",
            Verdict.Unverifiable, RelationVerdict.Reported(operand, Options.AboutTolerance), null, null, false, []) { Metric = figure.Metric, Explanation = explanation });
    }
}
