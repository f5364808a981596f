using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Names the factor-of-100 slip behind a discrepant share. Percent is the number 0.01 (ISO 80000-1),
/// so a formula that multiplies a ratio by 100 and a figure printed in % describe the share twice
/// over, and a plain number 94.8 is not the ratio 0.948. The verdict stays discrepant (the slip is
/// named, not forgiven); this says which reading would make the figures agree.
/// </summary>
internal static class PercentReading
{
    /// <summary>The sentence for a discrepant pure-number relation that a factor of 100 (or 1000, …) would reconcile; null otherwise.</summary>
    public static string? Explain(Expr formula, Operand target, QuantityInterval recomputed, decimal point)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(target);
        var unit = target.Figure.Printed.Unit;
        if (!unit.Dimension.IsDimensionless || !recomputed.Dimension.IsDimensionless || recomputed.IsEntire)
        {
            return null;
        }

        var printed = Display.Printed(target.Figure.Printed.Value);
        var scale = unit.Scale;
        if (scale != UnitScale.One)
        {
            // Printed in %, ‰, bp, ppm or pp: does the formula give the number of percent instead of the ratio?
            var times = scale.Denominator / scale.Numerator;
            if (decimal.Truncate(times) != times || !Scaled(recomputed, scale.Factor).Overlaps(target.Interval))
            {
                return null;
            }

            var by = Display.Printed(times);
            var multiplies = MultipliesBy(formula, times);
            var what = multiplies ? $"the formula multiplies by {by}" : $"the formula's result is already a number of {unit.Symbol}";
            var inUnit = unit.Name == "percent" ? "percent" : $"'{unit.Symbol}'";
            var fix = multiplies ? $"drop the × {by}" : $"divide the formula by {by}";
            return $"The formula's result is {by} times the figure: {what} while the figure is printed in {inUnit} "
                + $"({printed} {unit.Symbol} is already {DecimalText.Exact(target.Figure.Printed.Quantity.CanonicalValue)}). "
                + $"Compare the ratio itself ({fix}), or print the figure without a unit.";
        }

        // A plain number: is it the percentage of the formula's ratio, printed without its %? (A ratio that would pass
        // decimal's range as a number of percent is no share a report prints: there is no reading to offer.)
        if (Math.Abs(point) > decimal.MaxValue / 100m || !Scaled(recomputed, 100m).Overlaps(target.Interval))
        {
            return null;
        }

        return $"The figure is 100 times the formula's result: it is printed as the plain number {printed}, and the formula gives the ratio "
            + $"{Short(point)} ({Short(point * 100m)} %). If the report prints {printed} %, give the figure the unit %; "
            + "a figure printed without a unit stays a plain number.";
    }

    private static string Short(decimal value) => DecimalText.Exact(DecimalText.RoundToSignificant(value, 6));

    private static QuantityInterval Scaled(QuantityInterval interval, decimal factor) =>
        IntervalArithmetic.Instance.Multiply(interval, QuantityInterval.Point(Quantity.Ratio(factor)));

    /// <summary>Whether the formula multiplies by the constant (a "× 100"), or divides by its reciprocal.</summary>
    private static bool MultipliesBy(Expr formula, decimal times) => formula switch
    {
        Binary { Operator: '*' } b => IsConstant(b.Left, times) || IsConstant(b.Right, times) || MultipliesBy(b.Left, times) || MultipliesBy(b.Right, times),
        Binary { Operator: '/' } b => IsConstant(b.Right, 1m / times) || MultipliesBy(b.Left, times),
        Binary b => MultipliesBy(b.Left, times) || MultipliesBy(b.Right, times),
        Negation n => MultipliesBy(n.Operand, times),
        FunctionCall c => c.Arguments.Any(a => MultipliesBy(a, times)),
        _ => false,
    };

    private static bool IsConstant(Expr e, decimal value) =>
        e is Constant c && c.Value.Dimension.IsDimensionless && c.Value.Quantity.CanonicalValue == value;
}
