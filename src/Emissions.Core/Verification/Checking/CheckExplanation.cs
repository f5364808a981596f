using System.Text;
using System.Text.Json;
using Emissions.Metrics.Expressions;
using P = Emissions.Verification.Checking.ProseParts;

namespace Emissions.Verification.Checking;

/// <summary>
/// Why a verdict is what it is, in prose. The verdict writes its lines as it decides, as UTF-8 into the session's
/// <see cref="ProseBuffer"/> (numbers formatted in place, no string per line); the last two lines — implied values
/// and attributions — are added when the explanation is read or written, since they are solved on first read.
/// Empty lines are dropped and the others joined by spaces. Numbers print to the figure's precision plus four
/// places, in the figure's printed unit.
/// </summary>
internal sealed class CheckExplanation
{
    [ThreadStatic]
    private static ProseBuffer? t_scratch;

    private readonly ProseBuffer _prose;
    private RelationSpec _spec = null!;
    private ValueView _reported = null!;
    private ValueView _recomputed = null!;
    private decimal _pointPrinted;
    private CheckOptions _options = null!;
    private int _places;
    private ProseText _lines;
    private int _lineStart;

    /// <summary>One writer of prose per check session, reused check after check (<see cref="Begin"/>): a finished check keeps only its text.</summary>
    public CheckExplanation(ProseBuffer prose) => _prose = prose;

    /// <summary>Starts the explanation of one check: its lines go into a new segment of the session's prose.</summary>
    public CheckExplanation Begin(RelationSpec spec, ValueView reported, ValueView recomputed, decimal pointPrinted, CheckOptions options)
    {
        _spec = spec;
        _reported = reported;
        _recomputed = recomputed;
        _pointPrinted = pointPrinted;
        _options = options;
        _places = spec.Target.Scale + 4;
        _lines = default;
        _lineStart = 0;
        _prose.Begin();
        return this;
    }

    /// <summary>The verdict's lines written so far (the check keeps them: they never move).</summary>
    public ProseText Lines => _lines;

    private ReportedFigure Figure => _spec.Target.Figure;

    private string Unit => _spec.Target.Unit;

    /// <summary>"Needs a, b (not among the figures for period 2020) and the factor @x (no factor set resolves it)."</summary>
    public static string Needs(RelationSpec spec, List<string> missing, List<FactorReference> missingFactors)
    {
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"{string.Join(", ", missing)} (not among the figures{(spec.Custom is null ? " for " + spec.Group.Describe() : "")})");
        }

        if (missingFactors.Count > 0)
        {
            parts.Add($"the factor{(missingFactors.Count > 1 ? "s" : "")} {string.Join(", ", missingFactors)} (no factor set resolves {(missingFactors.Count > 1 ? "them" : "it")})");
        }

        return $"Needs {string.Join(" and ", parts)}.";
    }

    /// <summary>An inequality (PUE ≥ 1 + CLF + PLF): whether it holds within the intervals, and what it leaves over.</summary>
    public void AtLeast(bool holds, ImpliedValue slack)
    {
        if (holds)
        {
            Line().Append($"{_spec.Text} holds within the printed intervals: {Figure.Key} {P.Interval(_reported, _places)} against {P.Interval(_recomputed, _places)}.");
            EndLine();
            if (slack.Low is { } low && DecimalOrder.IsPositive(low))
            {
                Line().Append($"It needs {slack.Name} above {P.Number(low, _places)}{P.Suffix(Unit)} (at face value {P.Number(slack.Value, _places)}); "
                    + $"with {slack.Name} = 0 the figures would contradict each other.");
                EndLine();
            }
        }
        else
        {
            Line().Append($"{_spec.Text} fails for every value inside the printed intervals: {Figure.Key} {P.Interval(_reported, _places)} against {P.Interval(_recomputed, _places)}.");
            EndLine();
        }
    }

    public void Reproduced(string? faceNote)
    {
        Line().Append($"At face value {P.Number(_pointPrinted, _places)}{P.Suffix(Unit)}{faceNote}, which prints as {P.Printed(Figure.Printed.Value)}.");
        EndLine();
    }

    public void Consistent(decimal printsAs, string? faceNote)
    {
        var figure = Figure;
        var unit = Unit;
        var prose = Line();
        prose.Append($"At face value {P.Number(_pointPrinted, _places)}{P.Suffix(unit)}{faceNote}");
        switch (figure.Qualifier)
        {
            case Qualifier.About or Qualifier.Nearly:
                prose.Append($", within '{figure.Qualifier.Name()} {P.Printed(figure.Printed.Value)}{P.Suffix(unit)}' "
                    + $"(tolerance {P.Percent(_options.AboutTolerance)}: {P.Interval(_reported, _places)}); read as exact it would print as {P.Printed(printsAs)}{P.Suffix(unit)}, "
                    + $"not {P.Printed(figure.Printed.Value)}{P.Suffix(unit)}.");
                break;
            case var qualifier when qualifier.IsBound():
                prose.Append($"; the recomputed range {P.Interval(_recomputed, _places)} meets the claim '{figure.Qualifier.Name()} {P.Printed(figure.Printed.Value)}{P.Suffix(unit)}'.");
                break;
            default:
                prose.Append($", which would print as {P.Printed(printsAs)}, not {P.Printed(figure.Printed.Value)}; "
                    + $"within the printed rounding the figures agree (recomputed range {P.Interval(_recomputed, _places)}).");
                break;
        }

        EndLine();
    }

    /// <summary>Consistent only when trailing zeros are read as rounding (<see cref="SignificantFigureReading"/>).</summary>
    public void ConsistentIfRounded(string reading, string? faceNote)
    {
        Line().Append($"At face value {P.Number(_pointPrinted, _places)}{P.Suffix(Unit)}{faceNote}, against {P.Printed(Figure.Printed.Value)}; {reading}");
        EndLine();
    }

    public void Discrepant(FormulaShape? shape, Operand[] slots, QuantityInterval recomputed, decimal point, string? faceNote)
    {
        var printed = Figure.Printed.Value;
        Line().Append($"Printed {P.Printed(printed)}{P.Suffix(Unit)}, recomputed {P.Number(_pointPrinted, _places)}{P.Suffix(Unit)}{faceNote}; "
            + $"no values inside the printed intervals reconcile them (recomputed range {P.Interval(_recomputed, _places)}).");
        EndLine();
        Line().Append(shape is null ? null : RoundedPartsReading(_spec, shape, slots));
        EndLine();
        Line().Append(PercentReading.Explain(_spec.Formula, _spec.Target, recomputed, point));
        EndLine();
    }

    public void Gap(decimal absolute, decimal? relative, bool material)
    {
        var prose = Line();
        prose.Append($"Gap {P.WithSign(absolute, _places)}{P.Suffix(Unit)}");
        if (relative is { } rel)
        {
            prose.Append($" ({P.Percent(rel, withSign: true)})");
        }

        if (material)
        {
            prose.Append($": material (threshold {P.Percent(_options.Materiality)}).");
        }
        else
        {
            prose.Append($": not material (below {P.Percent(_options.Materiality)}).");
        }

        EndLine();
    }

    /// <summary>
    /// The whole explanation as a string: the verdict's <paramref name="lines"/>, then, when <paramref name="implied"/> is
    /// given, the values that would make the relation hold and the factors they are attributed to (the last two lines).
    /// </summary>
    public static string Render(ProseText lines, CheckDiagnostics? implied)
    {
        if (implied is null)
        {
            return Encoding.UTF8.GetString(lines.Span);
        }

        var scratch = t_scratch ??= new ProseBuffer();
        RenderWithImplied(scratch, lines, implied);
        return Encoding.UTF8.GetString(scratch.Segment);
    }

    /// <summary>The whole explanation (<see cref="Render"/>) as a JSON string property, from its UTF-8 text.</summary>
    public static void Write(Utf8JsonWriter writer, JsonEncodedText name, ProseText lines, CheckDiagnostics? implied)
    {
        if (implied is null)
        {
            Contract.Checks.UnescapedText.Write(writer, name, lines.Span);
            return;
        }

        var scratch = t_scratch ??= new ProseBuffer();
        RenderWithImplied(scratch, lines, implied);
        Contract.Checks.UnescapedText.Write(writer, name, scratch.Segment);
    }

    /// <summary>The verdict's lines, then "Implied for an exact match: …" (conversions first: "3.4238 GJ/MWh" says more than the implied heat line) and the attributions.</summary>
    private static void RenderWithImplied(ProseBuffer scratch, ProseText lines, CheckDiagnostics diagnostics)
    {
        scratch.Clear();
        scratch.Append(lines.Span);
        var all = diagnostics.Implied;
        var shown = 0;
        foreach (var conversions in (ReadOnlySpan<bool>)[true, false])
        {
            // By index: a foreach over the interface would box the list's enumerator, twice per check.
            for (var i = 0; i < all.Count; i++)
            {
                var implied = all[i];
                if (shown < 3 && implied.Name.EndsWith(" conversion", StringComparison.Ordinal) == conversions)
                {
                    if (shown++ == 0)
                    {
                        Separate(scratch);
                        scratch.Append("Implied for an exact match: "u8);
                    }
                    else
                    {
                        scratch.Append("; "u8);
                    }

                    scratch.Append($"{implied.Name} {P.Number(implied.Value, 6)}{P.Suffix(implied.Unit)}");
                }
            }
        }

        if (shown > 0)
        {
            scratch.Append("."u8);
        }

        var first = true;
        var attributions = diagnostics.Attribution;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (first)
            {
                Separate(scratch);
                first = false;
            }
            else
            {
                scratch.Append(" "u8);
            }

            scratch.Append($"{a.Factor}: {FactorAttributor.Explain(a)}");
        }

        static void Separate(ProseBuffer scratch)
        {
            if (scratch.Length > 0)
            {
                scratch.Append(" "u8);
            }
        }
    }

    /// <summary>Starts a line: a space after the lines before it (taken back by <see cref="EndLine"/> if the line is empty).</summary>
    private ProseBuffer Line()
    {
        if (_prose.Length > 0)
        {
            _prose.Append(" "u8);
        }

        _lineStart = _prose.Length;
        return _prose;
    }

    private void EndLine()
    {
        if (_prose.Length == _lineStart)
        {
            _prose.Truncate(_lineStart == 0 ? 0 : _lineStart - 1);
        }

        _lines = _prose.End();
    }

    /// <summary>" (taking ulanqab_pue as 1.2)": how qualified inputs were taken at face value.</summary>
    public static string? FaceValueNote(Operand[] operands)
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

    /// <summary>
    /// A discrepant total that equals the sum of its parts each rounded first (to the total's
    /// precision or coarser), but not the rounded sum of the parts: the report added rounded parts.
    /// </summary>
    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"'{name}' is not one of the formula's names");
    }

    private static string? RoundedPartsReading(RelationSpec spec, FormulaShape shape, Operand[] slots)
    {
        var formula = shape.Normalized;
        var names = new List<string>();
        if (!IsPureSum(formula, names) || names.Count < 2)
        {
            return null;
        }

        var target = spec.Target;
        var printed = target.Figure.Printed.Value;

        // Summed in the parts' order, as before (decimal sums round): one array of parts, no list or query per precision.
        var parts = new decimal[names.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = target.ToPrinted(slots[IndexOf(shape.Names, names[i])].Face.CanonicalValue);
        }

        var exactSum = Display.RoundTo(Sum(parts, decimals: null), target.Scale);
        for (var decimals = target.Scale; decimals >= target.Scale - 3; decimals--)
        {
            if (DecimalOrder.Equal(Sum(parts, decimals), printed) && !DecimalOrder.Equal(exactSum, printed))
            {
                var shown = string.Join(" + ", parts.Select(p => Display.Number(Display.RoundTo(p, decimals), Math.Max(decimals, 0))));
                return $"The printed total equals the sum of its parts each rounded to {decimals} decimals first ({shown} = {Display.Printed(printed)}), "
                    + $"not the rounded sum of the parts ({Display.Printed(exactSum)}): the report added rounded parts.";
            }
        }

        return null;
    }

    /// <summary>The parts added in order, each first rounded to <paramref name="decimals"/> when given.</summary>
    private static decimal Sum(decimal[] parts, int? decimals)
    {
        var sum = 0m;
        foreach (var part in parts)
        {
            sum += decimals is { } d ? Display.RoundTo(part, d) : part;
        }

        return sum;
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

    /// <summary>" MWh" after a number (" %" for percent); nothing for a pure number.</summary>
    public static string Suffix(string unit) => unit.Length == 0 ? "" : unit == "%" ? " %" : " " + unit;
}
