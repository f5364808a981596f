using Emissions.Metrics;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification.Checking;

/// <summary>
/// What each unknown of a relation would have to be for it to hold exactly (the others at face value), with its
/// range over the printed intervals; a conversion between units of one kind when that closes the gap; what an
/// inequality leaves over; and the library factors an implied factor is attributed to (<see cref="FactorAttributor"/>).
/// </summary>
internal sealed class ImpliedValues(CheckSession session)
{
    private static readonly FactorAttribution[] NoAttributions = [];

    // Per thread, not per session: a report's diagnostics may be read (and so solved) on several threads at once.
    [ThreadStatic]
    private static List<ImpliedValue>? t_scratch;

    // A sum of five terms has eight steps; the catalogue's relations and most of an auditor's have fewer (wide-500's
    // 2–3-term sums: keeping their values cost 0.7 % more instructions per request than it saved, by callgrind).
    private const int SharedFromSteps = 8;

    private decimal AboutTolerance => session.Options.AboutTolerance;

    /// <summary>For each figure and factor of the formula: the value that would make the relation hold exactly, others at face value.</summary>
    /// <remarks>A discrepant relation's factors are also attributed to the library factors that explain their implied values.</remarks>
    public ImpliedValue[] Of(
        RelationSpec spec, FormulaShape shape, Operand[] slots, Dictionary<FactorReference, Quantity> factors, Verdict verdict,
        out IReadOnlyList<FactorAttribution> attribution)
    {
        var target = spec.Target;

        // Gathered in one list per session and copied out at their exact count: one array per check, no list.
        var result = t_scratch ??= [];
        result.Clear();
        List<FactorAttribution>? attributions = null;

        // Every unknown is solved over the same operands: the steps and parts their rearrangements share are worked out
        // once (a sum of n terms costs n steps, not n²). A short formula shares too little to pay for keeping them.
        var shared = shape.StepCount >= SharedFromSteps ? RelationSolver.Share(shape) : null;
        for (var i = 0; i < slots.Length; i++)
        {
            if (RelationSolver.SolveName(spec, shape, slots, factors, i, shared) is not { } solved)
            {
                continue;
            }

            try
            {
                var operand = slots[i];
                var (value, range) = solved;
                var (low, high) = Bounds(range, operand);
                result.Add(new ImpliedValue(operand.Figure.Key, operand.ToPrinted(value), operand.Unit, low, high));

                // Same kind, different unit (GJ of heat in a MWh total): the conversion that would close the relation.
                var part = operand.Figure.Printed;
                var whole = target.Figure.Printed;
                if (verdict != Verdict.Reproduced && !part.Dimension.IsDimensionless && part.Dimension == whole.Dimension
                    && !SameScale(part.Unit, whole.Unit) && target.ToPrinted(value) is var asTarget && !DecimalOrder.IsZero(asTarget))
                {
                    decimal? convLow = null;
                    decimal? convHigh = null;
                    if (range is { Low: { } rl, High: { } rh } && operand.PrintedInterval(AboutTolerance) is { Low: { } pl, High: { } ph }
                        && target.ToPrinted(rl) is var lowInTarget && DecimalOrder.IsPositive(lowInTarget) && DecimalOrder.IsPositive(pl))
                    {
                        convLow = pl / target.ToPrinted(rh);
                        convHigh = ph / lowInTarget;
                    }

                    result.Add(new ImpliedValue(operand.ConversionName, part.Value / asTarget,
                        operand.EnglishRatioTo(whole.Unit), convLow, convHigh));
                }
            }
            catch (OverflowException)
            {
                // A value that passes decimal's range in the figure's unit (a figure near 10^-28 or 7.9 × 10^28) is no
                // value a report could print: this unknown is left without one, the others keep theirs.
            }
        }

        foreach (var (factor, quantity) in factors)
        {
            if (RelationSolver.SolveFactor(spec, shape, slots, factors, factor, quantity.CanonicalValue, shared) is not { } solved)
            {
                continue;
            }

            var displayUnit = FactorUnit(factor, quantity.Dimension);
            try
            {
                var (low, high) = Bounds(solved.Range, displayUnit.Scale);
                result.Add(new ImpliedValue(factor.ToString(), displayUnit.Scale.FromCanonical(solved.Value), displayUnit.Symbol, low, high));
            }
            catch (OverflowException)
            {
                // As for a figure: a factor value past decimal's range in its unit is left out.
                continue;
            }

            if (verdict == Verdict.Discrepant && solved.Range is { } range
                && Attribute(factor, quantity with { CanonicalValue = solved.Value }, range) is { } found)
            {
                (attributions ??= []).Add(found);
            }
        }

        attribution = attributions is null ? NoAttributions : attributions;
        ImpliedValue[] values = result.Count == 0 ? [] : [.. result];
        result.Clear();
        return values;
    }

    /// <summary>What an inequality (PUE ≥ 1 + CLF + PLF) leaves over, at face value and as a range, in the figure's printed unit.</summary>
    public static ImpliedValue Slack(RelationSpec spec, QuantityInterval recomputed, Quantity point)
    {
        var target = spec.Target;
        var slack = IntervalArithmetic.Instance.Subtract(target.Interval, recomputed);
        var face = target.ToPrinted(target.Face.CanonicalValue - point.CanonicalValue);
        return new ImpliedValue(SlackName(spec), face, target.Unit,
            slack.Low is { } low ? target.ToPrinted(low) : null, slack.High is { } high ? target.ToPrinted(high) : null);
    }

    /// <summary>The name of what an inequality leaves over: the one extra term of the metric's equation (dc.olf for PUE ≥ 1 + CLF + PLF).</summary>
    private static string SlackName(RelationSpec spec)
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

    /// <summary>For a relation unverifiable for want of one factor: the factor the figures imply, the library factors that explain it, and the prose.</summary>
    public CheckDiagnostics ForMissingFactor(string needs, FactorReference factor, Quantity value, QuantityInterval range) =>
        new MissingFactor(this, needs, factor, value, range);

    // One unit (the same instance: a report prints most figures of a relation in one) without the two products.
    private static bool SameScale(Unit a, Unit b) =>
        ReferenceEquals(a, b) || DecimalOrder.Equal(a.Scale.Numerator * b.Scale.Denominator, b.Scale.Numerator * a.Scale.Denominator);

    private static (decimal? Low, decimal? High) Bounds(QuantityInterval? range, Operand operand) =>
        range is { } r && !r.IsEntire ? (r.Low is { } l ? operand.ToPrinted(l) : null, r.High is { } h ? operand.ToPrinted(h) : null) : (null, null);

    private static (decimal? Low, decimal? High) Bounds(QuantityInterval? range, UnitScale scale) =>
        range is { } r && !r.IsEntire ? (r.Low is { } l ? scale.FromCanonical(l) : null, r.High is { } h ? scale.FromCanonical(h) : null) : (null, null);

    private IReadOnlyList<Factors.Factor> CandidatesFor(FactorReference factor) => session.Settings.Candidates?.For(factor) ?? [];

    /// <summary>The unit the library publishes factors of this reference in, else the usual unit of the kind.</summary>
    private Unit FactorUnit(FactorReference factor, Dimension dimension) =>
        FactorAttributor.UnitOf(CandidatesFor(factor), dimension) ?? ImpliedFactor.DisplayUnit(dimension);

    private FactorAttribution? Attribute(FactorReference factor, Quantity value, QuantityInterval range)
    {
        if (session.Settings.Candidates is null)
        {
            return null;
        }

        try
        {
            return FactorAttributor.Attribute(factor, value, range, CandidatesFor(factor), FactorUnit(factor, value.Dimension));
        }
        catch (OverflowException)
        {
            // An implied factor near 10^-28 or 7.9 × 10^28 has bounds, or gaps to the library's factors as a number of
            // percent, that no decimal holds: it is attributed to nothing rather than failing the answer.
            return null;
        }
    }

    private sealed class MissingFactor(ImpliedValues owner, string needs, FactorReference factor, Quantity value, QuantityInterval range) : CheckDiagnostics
    {
        protected override IReadOnlyList<ImpliedValue> Solve(out IReadOnlyList<FactorAttribution> attribution)
        {
            attribution = [];
            ImpliedValue implied;
            try
            {
                implied = ImpliedFactor.View(factor, value, range, owner.FactorUnit(factor, value.Dimension));
            }
            catch (OverflowException)
            {
                // As for a figure: a factor past decimal's range in its unit is no value a library could publish; left out.
                return [];
            }

            attribution = owner.Attribute(factor, value, range) is { } a ? [a] : [];
            return [implied];
        }

        protected override string Render()
        {
            if (Implied.Count == 0)
            {
                return $"{needs} The factor the figures imply passes the range of exact decimals (±7.9 × 10^28) in its unit.";
            }

            var i = Implied[0];
            var text = $"{needs} The figures imply {i.Name} = {Display.Number(i.Value, 6)}{CheckExplanation.Suffix(i.Unit)}"
                + (i.Low is { } low && i.High is { } high ? $" (range {Display.Number(low, 6)} to {Display.Number(high, 6)})." : ".");
            return Attribution is [var a] ? $"{text} {FactorAttributor.Explain(a)}" : text;
        }
    }
}
