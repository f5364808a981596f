using System.Text;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification.Checking;

/// <summary>
/// Why a verdict is what it is, in prose. The verdict collects its lines as it decides (numbers fixed then);
/// the text is rendered only when <see cref="CheckResult.Explanation"/> is first read, and empty lines are dropped.
/// Numbers print to the figure's precision plus four places, in the figure's printed unit.
/// </summary>
internal sealed class CheckExplanation
{
    private readonly RelationSpec _spec;
    private readonly ValueView _reported;
    private readonly ValueView _recomputed;
    private readonly decimal _pointPrinted;
    private readonly CheckOptions _options;
    private readonly int _places;
    private readonly List<Func<string>> _lines = new(4);
    private CheckDiagnostics? _implied;

    public CheckExplanation(RelationSpec spec, ValueView reported, ValueView recomputed, decimal pointPrinted, CheckOptions options)
    {
        _spec = spec;
        _reported = reported;
        _recomputed = recomputed;
        _pointPrinted = pointPrinted;
        _options = options;
        _places = spec.Target.Scale + 4;
    }

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
            _lines.Add(() => $"{_spec.FormulaText} holds within the printed intervals: {Figure.Key} {Interval(_reported, _places)} against {Interval(_recomputed, _places)}.");
            if (slack.Low is { } low && low > 0m)
            {
                _lines.Add(() => $"It needs {slack.Name} above {Display.Number(low, _places)}{Suffix(Unit)} (at face value {Display.Number(slack.Value, _places)}); "
                    + $"with {slack.Name} = 0 the figures would contradict each other.");
            }
        }
        else
        {
            _lines.Add(() => $"{_spec.FormulaText} fails for every value inside the printed intervals: {Figure.Key} {Interval(_reported, _places)} against {Interval(_recomputed, _places)}.");
        }
    }

    public void Reproduced(Func<string?> faceNote) =>
        _lines.Add(() => $"At face value {Display.Number(_pointPrinted, _places)}{Suffix(Unit)}{faceNote()}, which prints as {Display.Printed(Figure.Printed.Value)}.");

    public void Consistent(decimal printsAs, Func<string?> faceNote) => _lines.Add(() => ConsistentText(printsAs, faceNote()));

    /// <summary>Consistent only when trailing zeros are read as rounding (<see cref="SignificantFigureReading"/>).</summary>
    public void ConsistentIfRounded(string reading, Func<string?> faceNote) =>
        _lines.Add(() => $"At face value {Display.Number(_pointPrinted, _places)}{Suffix(Unit)}{faceNote()}, against {Display.Printed(Figure.Printed.Value)}; {reading}");

    public void Discrepant(Dictionary<string, Operand> operands, QuantityInterval recomputed, decimal point, Func<string?> faceNote)
    {
        var printed = Figure.Printed.Value;
        _lines.Add(() => $"Printed {Display.Printed(printed)}{Suffix(Unit)}, recomputed {Display.Number(_pointPrinted, _places)}{Suffix(Unit)}{faceNote()}; "
            + $"no values inside the printed intervals reconcile them (recomputed range {Interval(_recomputed, _places)}).");
        if (RoundedPartsReading(_spec, operands) is { } parts)
        {
            _lines.Add(() => parts);
        }

        _lines.Add(() => PercentReading.Explain(_spec.Formula, _spec.Target, recomputed, point) ?? "");
    }

    public void Gap(decimal absolute, decimal? relative, bool material) =>
        _lines.Add(() => $"Gap {Display.WithSign(absolute, _places)}{Suffix(Unit)}"
            + (relative is { } rel ? $" ({Display.Percent(rel, withSign: true)})" : "")
            + (material ? $": material (threshold {Display.Percent(_options.Materiality)})." : $": not material (below {Display.Percent(_options.Materiality)})."));

    /// <summary>The values that would make the relation hold, and the factors they are attributed to: the last two lines.</summary>
    public void Implied(CheckDiagnostics diagnostics) => _implied = diagnostics;

    /// <summary>"Implied for an exact match: …", conversions first ("3.4238 GJ/MWh" says more than the implied heat line).</summary>
    private static string ImpliedText(IReadOnlyList<ImpliedValue> all)
    {
        var shown = all.Where(i => i.Name.EndsWith(" conversion", StringComparison.Ordinal))
            .Concat(all.Where(i => !i.Name.EndsWith(" conversion", StringComparison.Ordinal))).Take(3).ToList();
        return shown.Count == 0
            ? ""
            : "Implied for an exact match: " + string.Join("; ", shown.Select(i => $"{i.Name} {Display.Number(i.Value, 6)}{Suffix(i.Unit)}")) + ".";
    }

    private static string AttributionText(IReadOnlyList<FactorAttribution> attribution) =>
        string.Join(' ', attribution.Select(a => $"{a.Factor}: {FactorAttributor.Explain(a)}"));

    /// <summary>The non-empty lines, rendered in order and joined by spaces.</summary>
    public string Render()
    {
        if (_lines.Count == 1 && _implied is null)
        {
            return _lines[0]();
        }

        var rendered = new StringBuilder(512);
        foreach (var line in _lines)
        {
            Append(rendered, line());
        }

        if (_implied is { } diagnostics)
        {
            Append(rendered, ImpliedText(diagnostics.Implied));
            Append(rendered, AttributionText(diagnostics.Attribution));
        }

        return rendered.ToString();

        static void Append(StringBuilder rendered, string text)
        {
            if (text.Length > 0)
            {
                (rendered.Length > 0 ? rendered.Append(' ') : rendered).Append(text);
            }
        }
    }

    private string ConsistentText(decimal printsAs, string? faceNote)
    {
        var figure = Figure;
        var unit = Unit;
        var at = $"At face value {Display.Number(_pointPrinted, _places)}{Suffix(unit)}{faceNote}";
        return figure.Qualifier switch
        {
            Qualifier.About or Qualifier.Nearly =>
                $"{at}, within '{figure.Qualifier.Name()} {Display.Printed(figure.Printed.Value)}{Suffix(unit)}' "
                + $"(tolerance {Display.Percent(_options.AboutTolerance)}: {Interval(_reported, _places)}); read as exact it would print as {Display.Printed(printsAs)}{Suffix(unit)}, "
                + $"not {Display.Printed(figure.Printed.Value)}{Suffix(unit)}.",
            _ when figure.Qualifier.IsBound() =>
                $"{at}; the recomputed range {Interval(_recomputed, _places)} meets the claim '{figure.Qualifier.Name()} {Display.Printed(figure.Printed.Value)}{Suffix(unit)}'.",
            _ => $"{at}, which would print as {Display.Printed(printsAs)}, not {Display.Printed(figure.Printed.Value)}; "
                + $"within the printed rounding the figures agree (recomputed range {Interval(_recomputed, _places)}).",
        };
    }

    /// <summary>" (taking ulanqab_pue as 1.2)": how qualified inputs were taken at face value.</summary>
    public static string? FaceValueNote(Dictionary<string, Operand>.ValueCollection operands)
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
    private static string? RoundedPartsReading(RelationSpec spec, Dictionary<string, Operand> operands)
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

    /// <summary>"[1.2, 1.3) MWh": an interval in the figure's printed unit, unbounded ends as ∞.</summary>
    public static string Interval(ValueView view, int places)
    {
        var low = view.Low is { } l ? Display.Number(l, places) : "−∞";
        var high = view.High is { } h ? Display.Number(h, places) : "+∞";
        return $"{(view.LowInclusive ? "[" : "(")}{low}, {high}{(view.HighInclusive ? "]" : ")")}{Suffix(view.Unit)}";
    }

    /// <summary>" MWh" after a number (" %" for percent); nothing for a pure number.</summary>
    public static string Suffix(string unit) => unit.Length == 0 ? "" : unit == "%" ? " %" : " " + unit;
}
