using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>
/// The verdict of one relation for one figure: the formula evaluated over the printed intervals (sound, rounded
/// outward) and at face value, compared with the figure's own interval and printed precision; the deviation and
/// its materiality. Implied values (<see cref="ImpliedValues"/>) and prose (<see cref="CheckExplanation"/>) are
/// produced when first read: the verdict never depends on them.
/// </summary>
internal sealed class RelationVerdict(CheckSession session)
{
    private readonly ImpliedValues _implied = new(session);

    private CheckOptions Options => session.Options;

    public CheckResult Evaluate(RelationSpec spec)
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
            if (session.Settings.Factors?.Invoke(factor) is { } value)
            {
                factors[factor] = value;
            }
            else
            {
                missingFactors.Add(factor);
            }
        }

        session.Involve(spec.Target.Figure);
        foreach (var operand in operands.Values)
        {
            session.Involve(operand.Figure);
        }

        if (missing.Count > 0 || missingFactors.Count > 0)
        {
            var needs = CheckExplanation.Needs(spec, missing, missingFactors);
            return missing.Count == 0 && missingFactors.Count == 1 && spec.Kind == RelationKind.Equal
                && ImpliedFactor.Solve(spec.Formula, spec.Target, operands, factors, missingFactors[0]) is { } solved
                ? _implied.UnverifiableWithImplied(Unverifiable(spec, needs), needs, missingFactors[0], solved.Value, solved.Range)
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
                    session.Note($"{reread.Figure.Source ?? reread.Figure.Key}: {reread.Note}");
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

        return Compare(spec, recomputed, point.Value, operands, factors, () => CheckExplanation.FaceValueNote(operands.Values));
    }

    /// <summary>A metric recomputed from the request's raw inputs, against its printed figure.</summary>
    public CheckResult FromInputs(RelationSpec spec, Quantity value) =>
        Compare(spec, QuantityInterval.Point(value), value, new Dictionary<string, Operand>(StringComparer.Ordinal), new Dictionary<FactorReference, Quantity>(),
            () => " (the calculator's result from the raw inputs and the factor set)");

    private CheckResult Compare(RelationSpec spec, QuantityInterval recomputed, Quantity point, Dictionary<string, Operand> operands,
        Dictionary<FactorReference, Quantity> factors, Func<string?> faceNote)
    {
        var target = spec.Target;
        var figure = target.Figure;
        var printed = figure.Printed.Value;
        var pointPrinted = target.ToPrinted(point.CanonicalValue);
        var printsAs = Display.RoundTo(pointPrinted, target.Scale);
        var recomputedView = View(target, recomputed, pointPrinted);
        var reported = Reported(target, Options.AboutTolerance);
        var prose = new CheckExplanation(spec, reported, recomputedView, pointPrinted, Options);
        Verdict verdict;
        Lazy<(List<ImpliedValue> Values, List<FactorAttribution> Attribution)> implied;

        if (spec.Kind == RelationKind.AtLeast)
        {
            var holds = recomputed.Low is not { } rl || target.Interval.High is not { } th || rl < th || (rl == th && recomputed.LowClosed && target.Interval.HighClosed);
            verdict = holds ? Verdict.Consistent : Verdict.Discrepant;
            var slack = ImpliedValues.Slack(spec, recomputed, point);
            implied = new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(([slack], []));
            prose.AtLeast(holds, slack);
        }
        else
        {
            var inside = target.Interval.Contains(point.CanonicalValue);
            if (printsAs == printed && inside)
            {
                verdict = Verdict.Reproduced;
                prose.Reproduced(faceNote);
            }
            else if (recomputed.Overlaps(target.Interval))
            {
                verdict = Verdict.Consistent;
                prose.Consistent(printsAs, faceNote);
            }
            else if (SignificantFigureReading.Of(spec, operands, factors, recomputed) is { } reading)
            {
                verdict = Verdict.Consistent;
                prose.ConsistentIfRounded(reading, faceNote);
            }
            else
            {
                verdict = Verdict.Discrepant;
                prose.Discrepant(operands, recomputed, point.CanonicalValue, faceNote);
            }

            // Solved when first read (CheckResult.Implied): the verdict does not depend on it.
            var decided = verdict;
            implied = operands.Count == 0 && factors.Count == 0
                ? new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(([], []))
                : new Lazy<(List<ImpliedValue>, List<FactorAttribution>)>(() => _implied.Of(spec, operands, factors, decided), LazyThreadSafetyMode.PublicationOnly);
        }

        DeviationView? deviation = null;
        var material = false;
        if (verdict != Verdict.Reproduced && (spec.Kind == RelationKind.Equal || verdict == Verdict.Discrepant))
        {
            var absolute = printed - pointPrinted;
            decimal? relative = pointPrinted == 0m ? null : absolute / pointPrinted;
            deviation = new DeviationView(absolute, target.Unit, relative);
            if (verdict == Verdict.Discrepant)
            {
                material = relative is not { } r || Math.Abs(r) >= Options.Materiality;
                prose.Gap(absolute, relative, material);
            }
        }

        if (spec.Kind == RelationKind.Equal && verdict != Verdict.Reproduced)
        {
            prose.Implied(() => implied.Value.Values, () => implied.Value.Attribution);
        }

        ExactReading? ifExact = null;
        if (figure.Qualifier is Qualifier.About or Qualifier.Nearly && spec.Kind == RelationKind.Equal)
        {
            var exact = target.ToSpace((figure with { Qualifier = Qualifier.Exact }).Interval(Options.AboutTolerance));
            var exactVerdict = printsAs == printed ? Verdict.Reproduced : recomputed.Overlaps(exact) ? Verdict.Consistent : Verdict.Discrepant;
            ifExact = new ExactReading(printsAs, exactVerdict);
        }

        var group = spec.Group;
        return new CheckResult(spec.Name, figure.Key, group.Period, group.Site, spec.FormulaText, verdict, reported, recomputedView, deviation, material, [])
        {
            IfExact = ifExact,
            ImpliedSource = () => implied.Value.Values,
            AttributionSource = () => implied.Value.Attribution,
            ExplanationSource = prose.Render,
        };
    }

    public CheckResult Unverifiable(RelationSpec spec, string explanation) =>
        new(spec.Name, spec.Target.Figure.Key, spec.Group.Period, spec.Group.Site, spec.FormulaText, Verdict.Unverifiable,
            Reported(spec.Target, Options.AboutTolerance), null, null, false, []) { Explanation = explanation };

    /// <summary>The figure as printed: its value, unit, qualifier and interval in its printed unit.</summary>
    public static ValueView Reported(Operand target, decimal aboutTolerance)
    {
        var figure = target.Figure;
        var interval = figure.Interval(aboutTolerance);
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
}
