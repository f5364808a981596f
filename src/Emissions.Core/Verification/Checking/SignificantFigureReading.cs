using Emissions.Metrics.Expressions;

namespace Emissions.Verification.Checking;

/// <summary>
/// Integers with trailing zeros read as rounded (11,653,000 to the thousand): when only that reading makes a relation
/// hold, the verdict is consistent and the explanation says which figures had to be read so.
/// </summary>
internal static class SignificantFigureReading
{
    /// <summary>The reading that makes the relation hold, as prose; null when there is none.</summary>
    /// <param name="spec">The relation.</param>
    /// <param name="slots">Its operands by slot of its compiled formula.</param>
    /// <param name="factors">The factors it uses.</param>
    /// <param name="recomputed">Its value over the printed intervals.</param>
    public static string? Of(RelationSpec spec, Operand[] slots, Dictionary<FactorReference, Quantities.Quantity> factors, QuantityInterval recomputed)
    {
        var target = spec.Target;
        var rounded = slots.Append(target).Where(o => o.SignificantFigureInterval is not null).Distinct().ToList();
        if (rounded.Count == 0)
        {
            return null;
        }

        var wide = slots.Any(o => o.SignificantFigureInterval is not null)
            ? spec.Shape.Compiled.Run(IntervalArithmetic.Instance,
                i => slots[i].SignificantFigureInterval ?? slots[i].Interval, f => QuantityInterval.Point(factors[f]))
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
}
