using System.Runtime.CompilerServices;
using Emissions.Budget;
using Emissions.Inventory;
using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Checks published figures against each other. For every figure with a metric, every catalogue
/// relation of that metric whose figures are all published for the same period and site is
/// evaluated with <see cref="IntervalArithmetic"/> over the printed intervals and compared with
/// the figure's own interval; the auditor's relations are evaluated the same way over figure ids.
/// Verdicts follow CONTRACT.md:
/// <list type="bullet">
/// <item>reproduced: the face-value recomputation, rounded half away from zero to the printed
/// precision, equals the printed value (and lies inside what the qualifier allows);</item>
/// <item>consistent: the intervals overlap (also when only the significant-figure reading of an
/// integer with trailing zeros makes them overlap; the explanation says so);</item>
/// <item>discrepant: they do not; the deviation is printed minus recomputed at face value, relative
/// to the recomputed value, material when at least the materiality threshold;</item>
/// <item>unverifiable: a figure or factor is missing, or a divisor's range includes zero.</item>
/// </list>
/// Inequality relations (PUE ≥ 1 + CLF + PLF) are consistent or discrepant, never reproduced.
/// One dimensional rule for shares, in catalogue and custom relations alike: % is the number 0.01
/// (ISO 80000-1; ‰, bp, ppm and pp likewise), so a relation's value and a printed figure compare as
/// quantities. "renewable / total" reproduces a printed "94.8 %"; "renewable * 100 / total" reproduces
/// a unit-less "94.8" (a figure printed without a unit stays a plain number) and is discrepant against
/// "94.8 %", with <see cref="PercentReading"/> naming the × 100. yoy(a, b) is the ratio (a − b) / b.
/// </summary>
public sealed class Checker
{
    private static readonly string[] Claims = ["ghg.avoided", "dc.energy.saved"];

    private readonly Func<FactorReference, Quantity?>? _factors;
    private readonly Func<string, Quantity?>? _recompute;
    private readonly IReadOnlyList<IPlausibilityRule> _rules;
    private readonly FactorCandidates? _candidates;

    /// <param name="factors">Resolves factor references such as <c>@absorption-rate[forest]</c>; null or a null result makes the relation unverifiable.</param>
    /// <param name="recompute">Recomputes a metric from the request's raw inputs (a calculator); each result is checked as "&lt;metric&gt; (from inputs)".</param>
    /// <param name="rules">Plausibility rules; by default the stair-climb rule.</param>
    /// <param name="candidates">The whole factor library, to attribute implied factors to (<see cref="FactorAttributor"/>); null: no attribution.</param>
    public Checker(
        Func<FactorReference, Quantity?>? factors = null, Func<string, Quantity?>? recompute = null, IReadOnlyList<IPlausibilityRule>? rules = null,
        FactorCandidates? candidates = null)
    {
        _factors = factors;
        _recompute = recompute;
        _rules = rules ?? [new StairClimbRule()];
        _candidates = candidates;
    }

    public CheckReport Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Run(this, request).Execute();
    }

    private readonly record struct Group(string? Period, string? Site);

    /// <summary>One relation to evaluate for one target figure.</summary>
    private sealed record Spec(
        string Name,
        Expr Formula,
        string FormulaText,
        RelationKind Kind,
        Operand Target,
        Group Group,
        Func<string, Operand?> Resolve,
        CustomRelation? Custom);

    private sealed class Run(Checker checker, CheckRequest request)
    {
        private readonly CheckOptions _options = request.Options;
        private readonly List<CheckResult> _checks = [];
        private readonly List<string> _notes = [];
        private readonly HashSet<ReportedFigure> _involved = new(request.Figures.Count, ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Group, Dictionary<string, Operand>> _catalogue = [];
        private readonly Dictionary<string, ReportedFigure> _byKey = new(request.Figures.Count, StringComparer.Ordinal);
        private readonly Dictionary<ReportedFigure, Operand> _custom = new(request.Figures.Count, ReferenceEqualityComparer.Instance);
        private static readonly ConditionalWeakTable<Relation, string> FormulaTexts = [];

        public CheckReport Execute()
        {
            foreach (var figure in request.Figures.Where(f => f.Printed.Unit.Caveat is not null))
            {
                Note($"{figure.Source ?? figure.Key}: {figure.Printed.Unit.Caveat}");
            }

            Index();
            foreach (var figure in request.Figures)
            {
                WorkBudget.Checkpoint();
                CheckCatalogueRelations(figure);
            }

            foreach (var relation in request.Relations)
            {
                WorkBudget.Checkpoint();
                CheckCustomRelation(relation);
            }

            CheckFromInputs();
            var flags = checker._rules.SelectMany(r => r.Evaluate(request)).ToList();
            CheckUnsupportedClaims(flags);
            if (request.Inputs is not null && checker._recompute is null)
            {
                Note("inputs: recorded, not recalculated (no calculator was supplied)");
            }

            return new CheckReport(request.Organization, request.Period, request.Source, _checks, flags, _notes);
        }

        private void Note(string note)
        {
            if (!_notes.Contains(note))
            {
                _notes.Add(note);
            }
        }

        private Group GroupOf(ReportedFigure figure) => new(figure.Period ?? request.Period, figure.Site ?? request.Site);

        private void Index()
        {
            foreach (var figure in request.Figures)
            {
                _byKey.TryAdd(figure.Key, figure);
                if (figure.Metric is null)
                {
                    continue;
                }

                var operand = Operand.ForCatalogue(figure, _options.AboutTolerance);
                if (operand is null)
                {
                    var kind = MetricCatalog.Find(figure.Metric).Kind;
                    Note($"{figure.Key}: printed with no unit, but {figure.Metric} is {kind}; catalogue relations do not use it");
                    continue;
                }

                if (operand.Note is { } note)
                {
                    Note(note);
                }

                // A figure with a unit reads the same in custom relations (only a bare number differs: a headcount is persons here, a plain number there).
                if (!figure.Printed.Dimension.IsDimensionless)
                {
                    _custom[figure] = operand;
                }

                var group = GroupOf(figure);
                if (!_catalogue.TryGetValue(group, out var metrics))
                {
                    metrics = new Dictionary<string, Operand>(StringComparer.Ordinal);
                    _catalogue[group] = metrics;
                }

                if (!metrics.TryAdd(figure.Metric, operand))
                {
                    Note($"{figure.Key}: a second {figure.Metric} figure for {Describe(group)}; catalogue relations use the first ({metrics[figure.Metric].Figure.Key})");
                }
            }
        }

        private void CheckCatalogueRelations(ReportedFigure figure)
        {
            if (figure.Metric is null)
            {
                return;
            }

            var group = GroupOf(figure);
            if (!_catalogue.TryGetValue(group, out var metrics) || !metrics.TryGetValue(figure.Metric, out var target) || !ReferenceEquals(target.Figure, figure))
            {
                return;
            }

            Operand? Resolve(string name) => metrics.TryGetValue(name, out var o) ? o : null;
            var evaluated = 0;
            List<Spec>? partial = null;
            foreach (var relation in MetricCatalog.RelationsFor(figure.Metric))
            {
                var shape = FormulaShape.Of(relation.Formula);
                var references = shape.Names;
                var present = 0;
                foreach (var reference in references)
                {
                    present += Resolve(reference) is null ? 0 : 1;
                }

                var spec = new Spec(relation.Name, relation.Formula, FormulaTexts.GetValue(relation, r => r.Text), relation.Kind, target, group, Resolve, null);
                if (present == references.Count && (present > 0 || shape.Factors.Count > 0))
                {
                    Add(Evaluate(spec));
                    evaluated++;
                }
                else if (present > 0)
                {
                    (partial ??= []).Add(spec);
                }
            }

            // A relation with some of its figures missing is reported only when nothing else
            // could be checked for the figure: PUE ≥ 1 + CLF + PLF makes "PUE = 1 + CLF + PLF + OLF
            // (OLF not printed)" noise.
            if (evaluated == 0 && partial is not null)
            {
                foreach (var spec in partial)
                {
                    Add(Evaluate(spec));
                }
            }
        }

        private void CheckCustomRelation(CustomRelation relation)
        {
            var targetFigure = _byKey[relation.Metric];
            var target = Custom(targetFigure);
            var group = GroupOf(targetFigure);
            Operand? Resolve(string name)
            {
                if (_byKey.TryGetValue(name, out var figure))
                {
                    return Custom(figure);
                }

                // A metric id names the one figure of that metric for the target's period and site.
                var matches = request.Figures.Where(f => f.Metric == name && GroupOf(f) == group).ToList();
                return matches.Count == 1 ? Custom(matches[0]) : null;
            }

            Add(Evaluate(new Spec(relation.Id, relation.Formula, $"{relation.Metric} = {relation.FormulaText}", RelationKind.Equal, target, group, Resolve, relation)));
        }

        private Operand Custom(ReportedFigure figure)
        {
            if (!_custom.TryGetValue(figure, out var operand))
            {
                operand = Operand.ForCustom(figure, _options.AboutTolerance);
                _custom[figure] = operand;
            }

            return operand;
        }

        private void CheckFromInputs()
        {
            if (checker._recompute is null)
            {
                return;
            }

            var documentGroup = new Group(request.Period, request.Site);
            if (!_catalogue.TryGetValue(documentGroup, out var metrics))
            {
                return;
            }

            foreach (var (metric, target) in metrics)
            {
                if (checker._recompute(metric) is not { } value)
                {
                    continue;
                }

                if (value.Dimension != target.Dimension)
                {
                    Note($"{metric} (from inputs): the calculator returned {value.Kind}, the figure is {target.Dimension}; not compared");
                    continue;
                }

                var spec = new Spec($"{metric} (from inputs)", new Reference("inputs"), $"{metric} = calculated from the request's inputs", RelationKind.Equal,
                    target, documentGroup, _ => null, null);
                Add(Compare(spec, QuantityInterval.Point(value), value, new Dictionary<string, Operand>(StringComparer.Ordinal), new Dictionary<FactorReference, Quantity>(),
                    () => " (the calculator's result from the raw inputs and the factor set)"));
            }
        }

        /// <summary>Claims (avoided emissions, energy saved) that no relation could test are reported as unverifiable.</summary>
        private void CheckUnsupportedClaims(List<PlausibilityFlag> flags)
        {
            foreach (var figure in request.Figures.Where(f => f.Metric is not null && Claims.Contains(f.Metric) && !_involved.Contains(f)))
            {
                var operand = Operand.ForCatalogue(figure, _options.AboutTolerance) ?? Operand.ForCustom(figure, _options.AboutTolerance);
                var flagged = flags.Where(f => f.Figures.Contains(figure.Key)).Select(f => f.Rule).ToList();
                var explanation = "No method, factor or baseline is printed for this claim, so it cannot be recomputed."
                    + (flagged.Count > 0 ? $" See the plausibility flag{(flagged.Count > 1 ? "s" : "")} {string.Join(", ", flagged)}." : "");
                var group = GroupOf(figure);
                _checks.Add(new CheckResult($"{figure.Metric} (claim)", figure.Key, group.Period, group.Site, $"{figure.Metric} = (no method printed)",
                    Verdict.Unverifiable, Reported(operand), null, null, false, []) { Metric = figure.Metric, Explanation = explanation });
            }
        }

        private void Add(CheckResult result) => _checks.Add(result);

        private CheckResult Evaluate(Spec spec)
        {
            var shape = FormulaShape.Of(spec.Formula);
            var operands = new Dictionary<string, Operand>(shape.Names.Count, StringComparer.Ordinal);
            var missing = new List<string>();
            foreach (var name in shape.Names)
            {
                if (spec.Resolve(name) is { } operand)
                {
                    operands[name] = operand;
                }
                else
                {
                    missing.Add(name);
                }
            }

            var factors = new Dictionary<FactorReference, Quantity>(shape.Factors.Count);
            var missingFactors = new List<FactorReference>();
            foreach (var factor in shape.Factors)
            {
                if (checker._factors?.Invoke(factor) is { } value)
                {
                    factors[factor] = value;
                }
                else
                {
                    missingFactors.Add(factor);
                }
            }

            _involved.Add(spec.Target.Figure);
            foreach (var operand in operands.Values)
            {
                _involved.Add(operand.Figure);
            }

            if (missing.Count > 0 || missingFactors.Count > 0)
            {
                var parts = new List<string>();
                if (missing.Count > 0)
                {
                    parts.Add($"{string.Join(", ", missing)} (not among the figures{(spec.Custom is null ? " for " + Describe(spec.Group) : "")})");
                }

                if (missingFactors.Count > 0)
                {
                    parts.Add($"the factor{(missingFactors.Count > 1 ? "s" : "")} {string.Join(", ", missingFactors)} (no factor set resolves {(missingFactors.Count > 1 ? "them" : "it")})");
                }

                var needs = $"Needs {string.Join(" and ", parts)}.";
                return missing.Count == 0 && missingFactors.Count == 1 && spec.Kind == RelationKind.Equal
                    && ImpliedFactor.Solve(spec.Formula, spec.Target, operands, factors, missingFactors[0]) is { } solved
                    ? UnverifiableWithImplied(spec, needs, missingFactors[0], solved.Value, solved.Range)
                    : Unverifiable(spec, needs);
            }

            QuantityInterval recomputed;
            try
            {
                recomputed = ExpressionEvaluator.Evaluate(spec.Formula, IntervalArithmetic.Instance, n => operands[n].Interval, f => QuantityInterval.Point(factors[f]));
                if (recomputed.Dimension != spec.Target.Dimension)
                {
                    if (spec.Custom is not null && spec.Target.AsCo2e(recomputed.Dimension) is { } reread)
                    {
                        Note($"{reread.Figure.Source ?? reread.Figure.Key}: {reread.Note}");
                        return Evaluate(spec with { Target = reread });
                    }

                    throw new QuantityException(QuantityError.IncompatibleKinds,
                        $"the formula gives {recomputed.Dimension}, the figure {spec.Target.Figure.Key} is {spec.Target.Dimension}");
                }
            }
            catch (QuantityException ex) when (ex.Error is QuantityError.IncompatibleKinds or QuantityError.CurrencyMismatch)
            {
                // One odd figure never fails the whole request: this check alone cannot be made, and says why.
                return Unverifiable(spec, $"The units do not agree: {ex.Message}.");
            }

            Quantity? point;
            try
            {
                point = ExpressionEvaluator.Evaluate(spec.Formula, ExactArithmetic.Instance, n => operands[n].Face, f => factors[f]);
            }
            catch (QuantityException)
            {
                point = null;
            }

            if (recomputed.IsEntire || point is null)
            {
                return Unverifiable(spec, "The recomputed range is unbounded: a divisor's printed range includes zero.");
            }

            return Compare(spec, recomputed, point.Value, operands, factors, () => FaceValueNote(operands.Values));
        }

        private CheckResult Compare(Spec spec, QuantityInterval recomputed, Quantity point, Dictionary<string, Operand> operands,
            Dictionary<FactorReference, Quantity> factors, Func<string?> faceNote)
        {
            var target = spec.Target;
            var figure = target.Figure;
            var printed = figure.Printed.Value;
            var unit = target.Unit;
            var pointPrinted = target.ToPrinted(point.CanonicalValue);
            var printsAs = Display.RoundTo(pointPrinted, target.Scale);
            var places = target.Scale + 4;
            var recomputedView = View(target, recomputed, pointPrinted);
            var reported = Reported(target);
            // Prose is rendered when read (CheckResult.Explanation); the numbers are decided here.
            var lines = new List<Func<string>>();
            Verdict verdict;
            Lazy<(List<ImpliedValue> Values, List<FactorAttribution> Attribution)> implied;

            if (spec.Kind == RelationKind.AtLeast)
            {
                var holds = recomputed.Low is not { } rl || target.Interval.High is not { } th || rl < th || (rl == th && recomputed.LowClosed && target.Interval.HighClosed);
                verdict = holds ? Verdict.Consistent : Verdict.Discrepant;
                var slack = IntervalArithmetic.Instance.Subtract(target.Interval, recomputed);
                var slackName = SlackName(spec);
                var slackFace = target.ToPrinted(target.Face.CanonicalValue - point.CanonicalValue);
                var (slackLow, slackHigh) = (slack.Low is { } sl ? target.ToPrinted(sl) : (decimal?)null, slack.High is { } sh ? target.ToPrinted(sh) : (decimal?)null);
                implied = new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(([new ImpliedValue(slackName, slackFace, unit, slackLow, slackHigh)], []));
                if (holds)
                {
                    lines.Add(() => $"{spec.FormulaText} holds within the printed intervals: {figure.Key} {Interval(reported, places)} against {Interval(recomputedView, places)}.");
                    if (slackLow is { } low && low > 0m)
                    {
                        lines.Add(() => $"It needs {slackName} above {Display.Number(low, places)}{Suffix(unit)} (at face value {Display.Number(slackFace, places)}); "
                            + $"with {slackName} = 0 the figures would contradict each other.");
                    }
                }
                else
                {
                    lines.Add(() => $"{spec.FormulaText} fails for every value inside the printed intervals: {figure.Key} {Interval(reported, places)} against {Interval(recomputedView, places)}.");
                }
            }
            else
            {
                var inside = target.Interval.Contains(point.CanonicalValue);
                if (printsAs == printed && inside)
                {
                    verdict = Verdict.Reproduced;
                    lines.Add(() => $"At face value {Display.Number(pointPrinted, places)}{Suffix(unit)}{faceNote()}, which prints as {Display.Printed(printed)}.");
                }
                else if (recomputed.Overlaps(target.Interval))
                {
                    verdict = Verdict.Consistent;
                    lines.Add(() => ConsistentExplanation(target, pointPrinted, printsAs, places, recomputedView, faceNote()));
                }
                else if (SignificantFigureReading(spec, operands, factors, recomputed) is { } reading)
                {
                    verdict = Verdict.Consistent;
                    lines.Add(() => $"At face value {Display.Number(pointPrinted, places)}{Suffix(unit)}{faceNote()}, against {Display.Printed(printed)}; {reading}");
                }
                else
                {
                    verdict = Verdict.Discrepant;
                    lines.Add(() => $"Printed {Display.Printed(printed)}{Suffix(unit)}, recomputed {Display.Number(pointPrinted, places)}{Suffix(unit)}{faceNote()}; "
                        + $"no values inside the printed intervals reconcile them (recomputed range {Interval(recomputedView, places)}).");
                    if (RoundedPartsReading(spec, operands) is { } parts)
                    {
                        lines.Add(() => parts);
                    }

                    lines.Add(() => PercentReading.Explain(spec.Formula, target, recomputed, point.CanonicalValue) ?? "");
                }

                // Solved when first read (CheckResult.Implied): the verdict does not depend on it.
                var decided = verdict;
                implied = operands.Count == 0 && factors.Count == 0
                    ? new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(([], []))
                    : new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(() => Implied(spec, operands, factors, decided), LazyThreadSafetyMode.PublicationOnly);
            }

            DeviationView? deviation = null;
            var material = false;
            if (verdict != Verdict.Reproduced && (spec.Kind == RelationKind.Equal || verdict == Verdict.Discrepant))
            {
                var absolute = printed - pointPrinted;
                decimal? relative = pointPrinted == 0m ? null : absolute / pointPrinted;
                deviation = new DeviationView(absolute, unit, relative);
                if (verdict == Verdict.Discrepant)
                {
                    material = relative is not { } r || Math.Abs(r) >= _options.Materiality;
                    lines.Add(() => $"Gap {Display.WithSign(absolute, places)}{Suffix(unit)}"
                        + (relative is { } rel ? $" ({Display.Percent(rel, withSign: true)})" : "")
                        + (material ? $": material (threshold {Display.Percent(_options.Materiality)})." : $": not material (below {Display.Percent(_options.Materiality)})."));
                }
            }

            if (spec.Kind == RelationKind.Equal && verdict != Verdict.Reproduced)
            {
                lines.Add(() =>
                {
                    // Conversions first: "3.4238 GJ/MWh" says more than the implied heat line.
                    var values = implied.Value.Values;
                    var shown = values.Where(i => i.Name.EndsWith(" conversion", StringComparison.Ordinal))
                        .Concat(values.Where(i => !i.Name.EndsWith(" conversion", StringComparison.Ordinal))).Take(3).ToList();
                    return shown.Count == 0
                        ? ""
                        : "Implied for an exact match: " + string.Join("; ", shown.Select(i => $"{i.Name} {Display.Number(i.Value, 6)}{Suffix(i.Unit)}")) + ".";
                });
                lines.Add(() => string.Join(' ', implied.Value.Attribution.Select(a => $"{a.Factor}: {FactorAttributor.Explain(a)}")));
            }

            ExactReading? ifExact = null;
            if (figure.Qualifier is Qualifier.About or Qualifier.Nearly && spec.Kind == RelationKind.Equal)
            {
                var exact = target.ToSpace((figure with { Qualifier = Qualifier.Exact }).Interval(_options.AboutTolerance));
                var exactVerdict = printsAs == printed ? Verdict.Reproduced : recomputed.Overlaps(exact) ? Verdict.Consistent : Verdict.Discrepant;
                ifExact = new ExactReading(printsAs, exactVerdict);
            }

            var group = spec.Group;
            return new CheckResult(spec.Name, figure.Key, group.Period, group.Site, spec.FormulaText, verdict, reported, recomputedView, deviation, material, [])
            {
                Metric = figure.Metric,
                IfExact = ifExact,
                ImpliedSource = () => implied.Value.Values,
                AttributionSource = () => implied.Value.Attribution,
                ExplanationSource = () => JoinLines(lines),
            };
        }

        /// <summary>The non-empty lines, rendered in order and joined by spaces.</summary>
        private static string JoinLines(List<Func<string>> lines)
        {
            if (lines.Count == 1)
            {
                return lines[0]();
            }

            var rendered = new List<string>(lines.Count);
            foreach (var line in lines)
            {
                var text = line();
                if (text.Length > 0)
                {
                    rendered.Add(text);
                }
            }

            return string.Join(' ', rendered);
        }

        private string ConsistentExplanation(Operand target, decimal pointPrinted, decimal printsAs, int places, ValueView recomputed, string? faceNote)
        {
            var figure = target.Figure;
            var unit = target.Unit;
            var at = $"At face value {Display.Number(pointPrinted, places)}{Suffix(unit)}{faceNote}";
            var reported = Reported(target);
            return figure.Qualifier switch
            {
                Qualifier.About or Qualifier.Nearly =>
                    $"{at}, within '{figure.Qualifier.Name()} {Display.Printed(figure.Printed.Value)}{Suffix(unit)}' "
                    + $"(tolerance {Display.Percent(_options.AboutTolerance)}: {Interval(reported, places)}); read as exact it would print as {Display.Printed(printsAs)}{Suffix(unit)}, "
                    + $"not {Display.Printed(figure.Printed.Value)}{Suffix(unit)}.",
                _ when figure.Qualifier.IsBound() =>
                    $"{at}; the recomputed range {Interval(recomputed, places)} meets the claim '{figure.Qualifier.Name()} {Display.Printed(figure.Printed.Value)}{Suffix(unit)}'.",
                _ => $"{at}, which would print as {Display.Printed(printsAs)}, not {Display.Printed(figure.Printed.Value)}; "
                    + $"within the printed rounding the figures agree (recomputed range {Interval(recomputed, places)}).",
            };
        }

        /// <summary>" (taking ulanqab_pue as 1.2)": how qualified inputs were taken at face value.</summary>
        private static string? FaceValueNote(Dictionary<string, Operand>.ValueCollection operands)
        {
            List<string>? qualified = null;
            foreach (var o in operands)
            {
                if (o.Figure.Qualifier != Qualifier.Exact)
                {
                    var printed = Display.Printed(o.Figure.Printed.Value);
                    (qualified ??= []).Add($"{o.Figure.Key} '{o.Figure.Qualifier.Name()} {printed}' as {printed}");
                }
            }

            return qualified is null ? null : " (taking " + string.Join(", ", qualified) + ")";
        }

        /// <summary>Whether reading integers with trailing zeros as rounded (11,653,000 to the thousand) makes the relation hold.</summary>
        private static string? SignificantFigureReading(
            Spec spec, Dictionary<string, Operand> operands, Dictionary<FactorReference, Quantity> factors, QuantityInterval recomputed)
        {
            var target = spec.Target;
            var rounded = operands.Values.Append(target).Where(o => o.SignificantFigureInterval is not null).Distinct().ToList();
            if (rounded.Count == 0)
            {
                return null;
            }

            var wide = operands.Values.Any(o => o.SignificantFigureInterval is not null)
                ? ExpressionEvaluator.Evaluate(spec.Formula, IntervalArithmetic.Instance,
                    n => operands[n].SignificantFigureInterval ?? operands[n].Interval, f => QuantityInterval.Point(factors[f]))
                : recomputed;
            if (wide.IsEntire || !wide.Overlaps(target.SignificantFigureInterval ?? target.Interval))
            {
                return null;
            }

            var readings = rounded.Select(o =>
            {
                var zeros = o.Figure.RoundingZeros;
                var place = zeros switch { 1 => "ten", 2 => "hundred", 3 => "thousand", 4 => "ten thousand", 6 => "million", _ => $"10^{zeros}" };
                return $"{o.Figure.Key} {Display.Printed(o.Figure.Printed.Value)} as rounded to the {place}";
            });
            return $"consistent only if the trailing zeros are read as rounding, not digits ({string.Join("; ", readings)}).";
        }

        /// <summary>
        /// A discrepant total that equals the sum of its parts each rounded first (to the total's
        /// precision or coarser), but not the rounded sum of the parts: the report added rounded parts.
        /// </summary>
        private static string? RoundedPartsReading(Spec spec, Dictionary<string, Operand> operands)
        {
            var formula = FormulaShape.Of(spec.Formula).Normalized;
            var names = new List<string>();
            if (!IsPureSum(formula, names) || names.Count < 2)
            {
                return null;
            }

            var target = spec.Target;
            var printed = target.Figure.Printed.Value;
            var parts = names.Select(n => target.ToPrinted(operands[n].Face.CanonicalValue)).ToList();
            var exactSum = Display.RoundTo(parts.Sum(), target.Scale);
            for (var decimals = target.Scale; decimals >= target.Scale - 3; decimals--)
            {
                var roundedParts = parts.Select(p => Display.RoundTo(p, decimals)).ToList();
                if (roundedParts.Sum() == printed && exactSum != printed)
                {
                    var shown = string.Join(" + ", roundedParts.Select(p => Display.Number(p, Math.Max(decimals, 0))));
                    return $"The printed total equals the sum of its parts each rounded to {decimals} decimals first ({shown} = {Display.Printed(printed)}), "
                        + $"not the rounded sum of the parts ({Display.Printed(exactSum)}): the report added rounded parts.";
                }
            }

            return null;
        }

        private static bool IsPureSum(Expr e, List<string> names)
        {
            switch (e)
            {
                case Reference r:
                    names.Add(r.Name);
                    return true;
                case Binary { Operator: '+' } b:
                    return IsPureSum(b.Left, names) && IsPureSum(b.Right, names);
                default:
                    return false;
            }
        }

        /// <summary>For each figure and factor of the formula: the value that would make the relation hold exactly, others at face value.</summary>
        /// <remarks>A discrepant relation's factors are also attributed to the library factors that explain their implied values.</remarks>
        private (List<ImpliedValue> Implied, List<FactorAttribution> Attribution) Implied(
            Spec spec, Dictionary<string, Operand> operands, Dictionary<FactorReference, Quantity> factors, Verdict verdict)
        {
            var target = spec.Target;
            var result = new List<ImpliedValue>();
            var attributions = new List<FactorAttribution>();
            var solver = new Solver(spec, operands, factors);
            foreach (var (name, operand) in operands)
            {
                if (solver.Solve(name, operand.Face.CanonicalValue) is not { } solved)
                {
                    continue;
                }

                var (value, range) = solved;
                var (low, high) = Bounds(range, operand.ToPrinted);
                result.Add(new ImpliedValue(operand.Figure.Key, operand.ToPrinted(value), operand.Unit, low, high));

                // Same kind, different unit (GJ of heat in a MWh total): the conversion that would close the relation.
                var part = operand.Figure.Printed;
                var whole = target.Figure.Printed;
                if (verdict != Verdict.Reproduced && !part.Dimension.IsDimensionless && part.Dimension == whole.Dimension
                    && !SameScale(part.Unit, whole.Unit) && target.ToPrinted(value) is var asTarget && asTarget != 0m)
                {
                    var printedRange = operand.Figure.Interval(_options.AboutTolerance);
                    decimal? convLow = null;
                    decimal? convHigh = null;
                    if (range is { Low: { } rl, High: { } rh } && printedRange is { Low: { } pl, High: { } ph } && target.ToPrinted(rl) > 0m && pl > 0m)
                    {
                        convLow = pl / target.ToPrinted(rh);
                        convHigh = ph / target.ToPrinted(rl);
                    }

                    result.Add(new ImpliedValue($"{operand.Figure.Key} conversion", part.Value / asTarget,
                        $"{Display.EnglishSymbol(part.Unit)}/{Display.EnglishSymbol(whole.Unit)}", convLow, convHigh));
                }
            }

            foreach (var (factor, quantity) in factors)
            {
                if (solver.Solve(factor, quantity.CanonicalValue) is not { } solved)
                {
                    continue;
                }

                var displayUnit = FactorUnit(factor, quantity.Dimension);
                decimal ToUnit(decimal canonical) => displayUnit.Scale.FromCanonical(canonical);
                var (low, high) = Bounds(solved.Range, ToUnit);
                result.Add(new ImpliedValue(factor.ToString(), ToUnit(solved.Value), displayUnit.Symbol, low, high));
                if (verdict == Verdict.Discrepant && solved.Range is { } range
                    && Attribute(factor, quantity with { CanonicalValue = solved.Value }, range) is { } attribution)
                {
                    attributions.Add(attribution);
                }
            }

            return (result, attributions);
        }

        private static bool SameScale(Unit a, Unit b) =>
            a.Scale.Numerator * b.Scale.Denominator == b.Scale.Numerator * a.Scale.Denominator;

        private static (decimal? Low, decimal? High) Bounds(QuantityInterval? range, Func<decimal, decimal> toUnit) =>
            range is { } r && !r.IsEntire ? (r.Low is { } l ? toUnit(l) : null, r.High is { } h ? toUnit(h) : null) : (null, null);

        /// <summary>Solves one relation for each of its unknowns in turn, with lookups built once.</summary>
        private sealed class Solver(Spec spec, Dictionary<string, Operand> operands, Dictionary<FactorReference, Quantity> factors)
        {
            private readonly FormulaShape _shape = FormulaShape.Of(spec.Formula);
            private readonly Func<string, Quantity> _face = n => operands[n].Face;
            private readonly Func<string, QuantityInterval> _interval = n => operands[n].Interval;
            private readonly Func<string, decimal> _faceValue = n => operands[n].Face.CanonicalValue;
            private readonly Func<FactorReference, Quantity> _factor = f => factors[f];
            private readonly Func<FactorReference, QuantityInterval> _factorInterval = f => QuantityInterval.Point(factors[f]);
            private readonly Func<FactorReference, decimal> _factorValue = f => factors[f].CanonicalValue;

            /// <summary>The figure's exact value with the others at face value, and its range over the printed intervals (null after root finding).</summary>
            public (decimal Value, QuantityInterval? Range)? Solve(string name, decimal start) =>
                _shape.NamePaths.TryGetValue(name, out var path) ? Rearranged(path) : Root(e => e is Reference r && r.Name == name, start);

            /// <summary>The same for a factor.</summary>
            public (decimal Value, QuantityInterval? Range)? Solve(FactorReference factor, decimal start) =>
                _shape.Paths.TryGetValue(factor, out var path) ? Rearranged(path) : Root(e => e.Equals(factor), start);

            private (decimal Value, QuantityInterval? Range)? Rearranged(IReadOnlyList<(Expr Node, bool Left)> path)
            {
                var target = spec.Target;
                try
                {
                    var point = ImpliedSolver.Rearrange(path, target.Face, ExactArithmetic.Instance, _face, _factor);
                    var range = ImpliedSolver.Rearrange(path, target.Interval, IntervalArithmetic.Instance, _interval, _factorInterval);
                    return (point.CanonicalValue, range.IsEntire ? null : range);
                }
                catch (QuantityException)
                {
                    return null;
                }
            }

            private (decimal Value, QuantityInterval? Range)? Root(Func<Expr, bool> isUnknown, decimal start)
            {
                try
                {
                    var root = ImpliedSolver.FindRoot(_shape.Normalized, isUnknown, spec.Target.Face.CanonicalValue, start, _faceValue, _factorValue);
                    return root is { } r ? (r, null) : null;
                }
                catch (QuantityException)
                {
                    return null;
                }
            }
        }

        /// <summary>The name of what an inequality leaves over: the one extra term of the metric's equation (dc.olf for PUE ≥ 1 + CLF + PLF).</summary>
        private static string SlackName(Spec spec)
        {
            var metric = spec.Target.Figure.Metric;
            var references = spec.Formula.References().ToHashSet(StringComparer.Ordinal);
            if (metric is not null)
            {
                foreach (var relation in MetricCatalog.RelationsFor(metric).Where(r => r.Kind == RelationKind.Equal))
                {
                    var extra = relation.Formula.References().Where(r => !references.Contains(r)).Distinct().ToList();
                    if (extra.Count == 1 && references.All(r => relation.Formula.References().Contains(r)))
                    {
                        return extra[0];
                    }
                }
            }

            return $"{spec.Target.Figure.Key} − ({spec.Formula})";
        }

        /// <summary>Unverifiable for want of one factor, with the factor the figures imply and the library factors that explain it.</summary>
        private CheckResult UnverifiableWithImplied(Spec spec, string needs, FactorReference factor, Quantity value, QuantityInterval range)
        {
            var attribution = new Lazy<FactorAttribution?>(() => Attribute(factor, value, range), LazyThreadSafetyMode.PublicationOnly);
            var implied = new Lazy<ImpliedValue>(() => ImpliedFactor.View(factor, value, range, FactorUnit(factor, value.Dimension)), LazyThreadSafetyMode.PublicationOnly);
            return Unverifiable(spec, needs) with
            {
                ImpliedSource = () => [implied.Value],
                AttributionSource = () => attribution.Value is { } a ? [a] : [],
                ExplanationSource = () =>
                {
                    var i = implied.Value;
                    var text = $"{needs} The figures imply {i.Name} = {Display.Number(i.Value, 6)}{Suffix(i.Unit)}"
                        + (i.Low is { } low && i.High is { } high ? $" (range {Display.Number(low, 6)} to {Display.Number(high, 6)})." : ".");
                    return attribution.Value is { } a ? $"{text} {FactorAttributor.Explain(a)}" : text;
                },
            };
        }

        private IReadOnlyList<Factors.Factor> CandidatesFor(FactorReference factor) => checker._candidates?.For(factor) ?? [];

        /// <summary>The unit the library publishes factors of this reference in, else the usual unit of the kind.</summary>
        private Unit FactorUnit(FactorReference factor, Dimension dimension) =>
            FactorAttributor.UnitOf(CandidatesFor(factor), dimension) ?? ImpliedFactor.DisplayUnit(dimension);

        private FactorAttribution? Attribute(FactorReference factor, Quantity value, QuantityInterval range) =>
            checker._candidates is null ? null : FactorAttributor.Attribute(factor, value, range, CandidatesFor(factor), FactorUnit(factor, value.Dimension));

        private CheckResult Unverifiable(Spec spec, string explanation) =>
            new(spec.Name, spec.Target.Figure.Key, spec.Group.Period, spec.Group.Site, spec.FormulaText, Verdict.Unverifiable,
                Reported(spec.Target), null, null, false, []) { Explanation = explanation };

        private ValueView Reported(Operand target)
        {
            var figure = target.Figure;
            var interval = figure.Interval(_options.AboutTolerance);
            return new ValueView(figure.Printed.Value, target.Unit, interval.Low, interval.High, interval.LowClosed, interval.HighClosed)
            {
                Qualifier = figure.Qualifier == Qualifier.Exact ? null : figure.Qualifier.Name(),
            };
        }

        private static ValueView View(Operand target, QuantityInterval interval, decimal pointPrinted) =>
            new(pointPrinted, target.Unit,
                interval.Low is { } l ? target.ToPrinted(l) : null,
                interval.High is { } h ? target.ToPrinted(h) : null,
                interval.LowClosed, interval.HighClosed);

        private static string Interval(ValueView view, int places)
        {
            var low = view.Low is { } l ? Display.Number(l, places) : "−∞";
            var high = view.High is { } h ? Display.Number(h, places) : "+∞";
            return $"{(view.LowInclusive ? "[" : "(")}{low}, {high}{(view.HighInclusive ? "]" : ")")}{Suffix(view.Unit)}";
        }

        private static string Suffix(string unit) => unit.Length == 0 ? "" : unit == "%" ? " %" : " " + unit;

        private static string Describe(Group group) =>
            group.Period is null && group.Site is null ? "the document" : string.Join(", ", new[] { group.Period is null ? null : $"period {group.Period}", group.Site is null ? null : $"site {group.Site}" }.Where(s => s is not null));
    }
}
