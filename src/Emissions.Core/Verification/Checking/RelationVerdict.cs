using System.Text.Json;
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
    private static readonly Dictionary<FactorReference, Quantity> NoFactors = [];

    private readonly ImpliedValues _implied = new(session);

    // The session's own interval arithmetic (relations are evaluated one at a time): it keeps the last divisor's reciprocal.
    private readonly IntervalArithmetic _intervals = IntervalArithmetic.KeepingLastReciprocal();

    // One writer of prose for the session's checks, one check at a time (a check keeps only its text).
    private readonly CheckExplanation _explanation = new(session.Prose);

    private CheckOptions Options => session.Options;

    public CheckResult Evaluate(RelationSpec spec)
    {
        var shape = spec.Shape;
        var names = shape.Names;
        var slots = names.Count == 0 ? [] : new Operand[names.Count];
        List<string>? missing = null;
        for (var i = 0; i < slots.Length; i++)
        {
            if (spec.Resolve(names[i]) is { } operand)
            {
                slots[i] = operand;
            }
            else
            {
                (missing ??= []).Add(names[i]);
            }
        }

        // Most relations name no factor: they share one empty table (never written to).
        var factors = shape.Factors.Count == 0 ? NoFactors : new Dictionary<FactorReference, Quantity>(shape.Factors.Count);
        List<FactorReference>? missingFactors = null;
        for (var i = 0; i < shape.Factors.Count; i++)
        {
            var factor = shape.Factors[i];
            if (session.Settings.Factors?.Invoke(factor) is { } value)
            {
                factors[factor] = value;
            }
            else
            {
                (missingFactors ??= []).Add(factor);
            }
        }

        session.Involve(spec.Target.Figure);
        foreach (var operand in slots)
        {
            if (operand is not null)
            {
                session.Involve(operand.Figure);
            }
        }

        if (missing is not null || missingFactors is not null)
        {
            var needs = CheckExplanation.Needs(spec, missing ?? [], missingFactors ?? []);
            return missing is null && missingFactors is [var factor] && spec.Kind == RelationKind.Equal
                && ImpliedFactor.Solve(spec.Formula, spec.Target, slots, factors, factor) is { } solved
                ? Unverifiable(spec, _implied.ForMissingFactor(needs, factor, solved.Value, solved.Range))
                : Unverifiable(spec, needs);
        }

        // The compiled formula (the catalogue's, or the request's own compiled once per text) over the operands by slot.
        // The operands as structs, not closures: the compiled formula reads them by direct calls.
        var intervals = new OperandIntervals(slots, factors);
        var faces = new OperandFaces(slots, factors);
        QuantityInterval recomputed;
        try
        {
            recomputed = shape.Compiled.Run<QuantityInterval, DirectIntervalArithmetic, OperandIntervals>(new DirectIntervalArithmetic(_intervals), ref intervals);
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
            point = shape.Compiled.Run<Quantity, ExactArithmetic, OperandFaces>(default, ref faces);
        }
        catch (QuantityException)
        {
            point = null;
        }

        if (recomputed.IsEntire || point is null)
        {
            return Unverifiable(spec, "The recomputed range is unbounded: a divisor's printed range includes zero.");
        }

        try
        {
            return Compare(spec, recomputed, point.Value, shape, slots, factors, CheckExplanation.FaceValueNote(slots));
        }
        catch (OverflowException)
        {
            // Figures near the ends of decimal's range (10^-28, 7.9 × 10^28) can give a recomputed value in the figure's
            // unit, or a gap, that no decimal holds: this check alone cannot be made exactly, and says why.
            return Unverifiable(spec, OutOfRange);
        }
    }

    private const string OutOfRange =
        "The recomputed value in the figure's unit, or its gap to the figure, passes the range of exact decimals (±7.9 × 10^28).";

    // The gap as a fraction of the recomputed value; none when it would pass decimal's range as a number of percent (a
    // recomputed value near 10^-28), as there is none for a recomputed zero: the gap is then material and said in units.
    private static decimal? Relative(decimal gap, decimal recomputed)
    {
        try
        {
            var relative = gap / recomputed;
            return DecimalOrder.Compare(Math.Abs(relative), MaxRelative) <= 0 ? relative : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static readonly decimal MaxRelative = decimal.MaxValue / 100m;

    /// <summary>A metric recomputed from the request's raw inputs, against its printed figure.</summary>
    public CheckResult FromInputs(RelationSpec spec, Quantity value) =>
        Compare(spec, QuantityInterval.Point(value), value, null, [], NoFactors,
            " (the calculator's result from the raw inputs and the factor set)");

    private CheckResult Compare(RelationSpec spec, QuantityInterval recomputed, Quantity point, FormulaShape? shape, Operand[] slots,
        Dictionary<FactorReference, Quantity> factors, string? faceNote)
    {
        var target = spec.Target;
        var figure = target.Figure;
        var printed = figure.Printed.Value;
        var pointPrinted = target.ToPrinted(point.CanonicalValue);
        var printsAs = Display.RoundTo(pointPrinted, target.Scale);
        var recomputedView = View(target, recomputed, pointPrinted);
        var reported = Reported(target, Options.AboutTolerance);
        var prose = _explanation.Begin(spec, reported, recomputedView, pointPrinted, Options);
        Verdict verdict;
        // An inequality's one implied value (what it leaves over), as its list: a nullable ImpliedValue field would make
        // every check's diagnostics 80 bytes larger.
        ImpliedValue[]? slack = null;
        if (spec.Kind == RelationKind.AtLeast)
        {
            var holds = recomputed.Low is not { } rl || target.Interval.High is not { } th
                || (DecimalOrder.Compare(rl, th) is var c && (c < 0 || (c == 0 && recomputed.LowClosed && target.Interval.HighClosed)));
            verdict = holds ? Verdict.Consistent : Verdict.Discrepant;
            var left = ImpliedValues.Slack(spec, recomputed, point);
            slack = [left];
            prose.AtLeast(holds, left);
        }
        else
        {
            var inside = target.Interval.Contains(point.CanonicalValue);
            if (DecimalOrder.Equal(printsAs, printed) && inside)
            {
                verdict = Verdict.Reproduced;
                prose.Reproduced(faceNote);
            }
            else if (recomputed.Overlaps(target.Interval))
            {
                verdict = Verdict.Consistent;
                prose.Consistent(printsAs, faceNote);
            }
            else if (SignificantFigureReading.Of(spec, slots, factors, recomputed) is { } reading)
            {
                verdict = Verdict.Consistent;
                prose.ConsistentIfRounded(reading, faceNote);
            }
            else
            {
                verdict = Verdict.Discrepant;
                prose.Discrepant(shape, slots, recomputed, point.CanonicalValue, faceNote);
            }
        }

        DeviationView? deviation = null;
        var material = false;
        if (verdict != Verdict.Reproduced && (spec.Kind == RelationKind.Equal || verdict == Verdict.Discrepant))
        {
            var absolute = printed - pointPrinted;
            decimal? relative = DecimalOrder.IsZero(pointPrinted) ? null : Relative(absolute, pointPrinted);
            deviation = new DeviationView(absolute, target.Unit, relative);
            if (verdict == Verdict.Discrepant)
            {
                material = relative is not { } r || DecimalOrder.Compare(Math.Abs(r), Options.Materiality) >= 0;
                prose.Gap(absolute, relative, material);
            }
        }

        // Solved when first read (CheckResult.Implied): the verdict does not depend on it. An equation that is not
        // reproduced ends its explanation with the implied values (and attributions), added when it is read.
        var diagnostics = new RelationDiagnostics(_implied, spec, shape, slots, factors, verdict, slack, prose.Lines,
            spec.Kind == RelationKind.Equal && verdict != Verdict.Reproduced);

        ExactReading? ifExact = null;
        if (figure.Qualifier is Qualifier.About or Qualifier.Nearly && spec.Kind == RelationKind.Equal)
        {
            var exact = target.ToSpace((figure with { Qualifier = Qualifier.Exact }).Interval(Options.AboutTolerance));
            var exactVerdict = DecimalOrder.Equal(printsAs, printed) ? Verdict.Reproduced : recomputed.Overlaps(exact) ? Verdict.Consistent : Verdict.Discrepant;
            ifExact = new ExactReading(printsAs, exactVerdict);
        }

        var group = spec.Group;
        return new CheckResult(spec.Name, figure.Key, group.Period, group.Site, spec.FormulaText!, verdict, reported, recomputedView, deviation, material, [])
        {
            FormulaOf = spec.Custom,
            Metric = figure.Metric,
            IfExact = ifExact,
            Diagnostics = diagnostics,
        };
    }

    public CheckResult Unverifiable(RelationSpec spec, string explanation) =>
        new(spec.Name, spec.Target.Figure.Key, spec.Group.Period, spec.Group.Site, spec.FormulaText!, Verdict.Unverifiable,
            Reported(spec.Target, Options.AboutTolerance), null, null, false, []) { FormulaOf = spec.Custom, Metric = spec.Target.Figure.Metric, Explanation = explanation };

    /// <summary>Unverifiable, with implied values and an explanation worked out when first read.</summary>
    public CheckResult Unverifiable(RelationSpec spec, CheckDiagnostics diagnostics) =>
        new(spec.Name, spec.Target.Figure.Key, spec.Group.Period, spec.Group.Site, spec.FormulaText!, Verdict.Unverifiable,
            Reported(spec.Target, Options.AboutTolerance), null, null, false, []) { FormulaOf = spec.Custom, Metric = spec.Target.Figure.Metric, Diagnostics = diagnostics };

    /// <summary>The figure as printed: its value, unit, qualifier and interval in its printed unit (one view per operand).</summary>
    public static ValueView Reported(Operand target, decimal aboutTolerance) => target.ReportedView(aboutTolerance, BuildReported);

    private static ValueView BuildReported(Operand target, decimal aboutTolerance)
    {
        var figure = target.Figure;
        var interval = target.PrintedInterval(aboutTolerance);
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

    /// <summary>A compared relation's implied values (or an inequality's slack) and its prose, when first read.</summary>
    private sealed class RelationDiagnostics(
        ImpliedValues implied, RelationSpec spec, FormulaShape? shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, Verdict verdict,
        ImpliedValue[]? slack, ProseText lines, bool impliedLines) : CheckDiagnostics
    {
        protected override IReadOnlyList<ImpliedValue> Solve(out IReadOnlyList<FactorAttribution> attribution)
        {
            attribution = [];
            if (slack is not null)
            {
                return slack;
            }

            return shape is null || (slots.Length == 0 && factors.Count == 0)
                ? []
                : implied.Of(spec, shape, slots, factors, verdict, out attribution);
        }

        protected override string Render() => CheckExplanation.Render(lines, impliedLines ? this : null);

        public override void WriteExplanation(Utf8JsonWriter writer, JsonEncodedText name) =>
            CheckExplanation.Write(writer, name, lines, impliedLines ? this : null);
    }
}
