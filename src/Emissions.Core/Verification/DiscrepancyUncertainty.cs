using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Uncertainty;

namespace Emissions.Verification;

/// <summary>
/// Weighs a discrepant check's gap against the combined uncertainty of its inputs, to first order (IPCC 2006 Vol. 1
/// Ch. 3 Approach 1), from the implied values the check already solved: if input i alone would close the gap g by
/// moving by the fraction rᵢ (its implied value against its face value), its sensitivity times its value is g / rᵢ,
/// so the combined 95 % half-width is |g| · √Σ (Uᵢ / rᵢ)², and the gap lies within it when √Σ (Uᵢ / rᵢ)² ≥ 1.
/// No second formula: the checker's own solutions carry the relation's shape.
/// </summary>
internal static class DiscrepancyUncertainty
{
    public static UncertaintyVerdict? Assess(CheckResult check, CheckRequest request, CheckUncertainty uncertainty, Func<FactorReference, Quantity?>? factors)
    {
        if (check.Verdict != Verdict.Discrepant || check.Deviation is not { Relative: { } relative } || relative == 0m)
        {
            return null;
        }

        var inputs = new List<string>();
        var sum = 0d;
        foreach (var implied in check.Implied)
        {
            if (implied.Name.EndsWith(" conversion", StringComparison.Ordinal) || Face(implied, check, request, factors) is not { } face || face == 0m)
            {
                continue;
            }

            var isFactor = implied.Name.StartsWith('@');
            decimal? percent = uncertainty.Named.TryGetValue(implied.Name, out var named) ? named
                : isFactor ? uncertainty.Factors : uncertainty.Figures;
            var move = (implied.Value - face) / face;
            if (percent is not { } p || p == 0m || move == 0m)
            {
                continue;
            }

            sum += Math.Pow(StatisticsBoundary.ToDouble(p / 100m) / StatisticsBoundary.ToDouble(move), 2);
            inputs.Add($"{implied.Name} ±{Quantities.DecimalText.Exact(p)} %");
        }

        if (inputs.Count == 0)
        {
            return null;
        }

        var ratio = Math.Sqrt(sum);
        var gap = Math.Abs(StatisticsBoundary.ToDouble(relative));
        return new UncertaintyVerdict(ratio >= 1, StatisticsBoundary.Percent(gap), StatisticsBoundary.Percent(gap * ratio), inputs);
    }

    /// <summary>The input's face value in the implied value's unit: the printed figure, or the factor the check used.</summary>
    private static decimal? Face(ImpliedValue implied, CheckResult check, CheckRequest request, Func<FactorReference, Quantity?>? factors)
    {
        if (!implied.Name.StartsWith('@'))
        {
            var figure = request.Figures.FirstOrDefault(f => f.Key == implied.Name && (f.Period is null || check.Period is null || f.Period == check.Period))
                ?? request.Figures.FirstOrDefault(f => f.Key == implied.Name);
            return figure?.Printed.Value;
        }

        var open = implied.Name.IndexOf('[', StringComparison.Ordinal);
        if (factors is null || open < 2 || !implied.Name.EndsWith(']'))
        {
            return null;
        }

        var reference = new FactorReference(implied.Name[1..open], implied.Name[(open + 1)..^1]);
        if (factors(reference) is not { } quantity)
        {
            return null;
        }

        try
        {
            return Unit.Parse(implied.Unit).Scale.FromCanonical(quantity.CanonicalValue);
        }
        catch (QuantityException)
        {
            return null;
        }
    }
}
