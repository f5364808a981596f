using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Emissions.Contract.Checks;
using Emissions.Verification;

namespace Emissions.Cli.Tests.Fuzz;

/// <summary>
/// CONTRACT "implied": the value of one unknown that makes the relation hold exactly, the other figures at face value.
/// Printed in place of its figure, the relation's recomputed value is then the checked figure's printed value (to its
/// last printed digit, or to a part in 10^9 for a root found in doubles).
/// </summary>
internal static class ImpliedValueInvariant
{
    /// <summary>Null when every implied figure value of the request's own relations closes its relation; else the first that does not.</summary>
    public static string? Violation(FuzzRequest fuzz)
    {
        CheckReport report;
        try
        {
            report = new Checker().Check(CheckRequestReader.Parse(Encoding.UTF8.GetBytes(fuzz.Json)));
        }
        catch (InvalidInputException)
        {
            return null;
        }

        foreach (var check in report.Checks.Where(c => c.Verdict != Verdict.Unverifiable))
        {
            if (fuzz.Relations.FirstOrDefault(r => r.Id == check.Relation) is not { } relation || check.Reported.Value is not { } printed)
            {
                continue;
            }

            foreach (var implied in check.Implied)
            {
                // A figure the formula names once (yoy names its base twice): the relation rearranged, exact in decimals.
                if (fuzz.Figures.FirstOrDefault(f => f.Id == implied.Name) is not { } figure
                    || Regex.Count(relation.Formula, $@"\b{figure.Id}\b") != 1 || relation.Formula.Contains("yoy(", StringComparison.Ordinal))
                {
                    continue;
                }

                // The implied value is itself a decimal, rounded at its last digit: one unit either side brackets the exact value,
                // so the recomputed values from those two bracket the printed figure (to its half unit, or 10^-9 of it).
                var unit = new decimal(1, 0, 0, false, implied.Value.Scale);
                var recomputed = new List<decimal>();
                if (Math.Abs(implied.Value) > decimal.MaxValue - 1m)
                {
                    continue;
                }

                foreach (var value in new[] { implied.Value, implied.Value - unit, implied.Value + unit })
                {
                    if (Recompute(fuzz, relation, figure, value, check.Figure) is { } r)
                    {
                        recomputed.Add(r);
                    }
                }

                // Unchanged by a unit of its last digit: the implied value is at the resolution of decimals in the relation's
                // space (10^-28 there, or the digits left beside a term near 7.9 × 10^28), where no exact value can be had.
                if (recomputed.Count < 3 || recomputed.Distinct().Count() == 1)
                {
                    continue;
                }

                var tolerance = Math.Max((double)ReportedFigure.HalfUnit(printed.Scale), Math.Abs((double)printed) * 1e-9);
                if ((double)printed < (double)recomputed.Min() - tolerance || (double)printed > (double)recomputed.Max() + tolerance)
                {
                    return $"{relation.Id}: {implied.Name} = {implied.Value} (± {unit}) gives {string.Join(", ", recomputed)}, not the printed {printed}, in {fuzz.Json}";
                }
            }
        }

        return null;
    }

    /// <summary>The relation's recomputed value (in the checked figure's unit) with <paramref name="figure"/> printed as <paramref name="value"/>.</summary>
    private static decimal? Recompute(FuzzRequest fuzz, FuzzRelation relation, FuzzFigure figure, decimal value, string checkedFigure)
    {
        var substituted = fuzz with
        {
            Figures = [.. fuzz.Figures.Select(f => f == figure ? f with { Value = value.ToString(CultureInfo.InvariantCulture), Qualifier = null } : f)],
            Relations = [relation],
        };
        try
        {
            return new Checker().Check(CheckRequestReader.Parse(Encoding.UTF8.GetBytes(substituted.Json))).Checks
                .Single(c => c.Relation == relation.Id && c.Figure == checkedFigure).Recomputed?.Value;
        }
        catch (Exception ex) when (ex is InvalidInputException or OverflowException)
        {
            return null;
        }
    }
}
