using Emissions.Factors;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// Names the library factors that explain an implied factor: those of the same parameter and
/// carrier (any edition, region or year) whose value lies inside the implied range over the printed
/// intervals. Values are compared exactly in canonical units; each is shown in its own unit.
/// </summary>
internal static class FactorAttributor
{
    /// <summary>How many non-explaining factors are named as the nearest.</summary>
    public const int NearestShown = 3;

    /// <summary>The library factors that explain an implied factor, closest first, and the nearest that do not.</summary>
    /// <param name="reference">The factor the relation needs (parameter and carrier).</param>
    /// <param name="implied">The factor's value that makes the relation hold exactly, the figures at face value.</param>
    /// <param name="range">Its range over the printed intervals.</param>
    /// <param name="candidates">The factors to compare with: every edition of the loaded library.</param>
    /// <param name="unit">The unit to show the implied value in (<see cref="UnitOf"/>, else the usual unit of its kind).</param>
    public static FactorAttribution Attribute(
        FactorReference reference, Quantity implied, QuantityInterval range, IReadOnlyList<Factor> candidates, Unit unit)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(unit);
        var comparable = candidates.Where(f => f.Quantity.Dimension == implied.Dimension).ToList();
        var scale = unit.Scale;
        var value = implied.CanonicalValue;
        var compared = comparable
            .Select(f => (Factor: f, Explains: range.Contains(f.Quantity.CanonicalValue), Gap: Gap(f.Quantity.CanonicalValue, value)))
            .OrderBy(c => Math.Abs(c.Gap))
            .ThenBy(c => c.Factor.Id, StringComparer.Ordinal)
            .ToList();
        return new FactorAttribution(
            reference.ToString(),
            scale.FromCanonical(value),
            unit.Symbol,
            range.Low is { } low ? scale.FromCanonical(low) : null,
            range.High is { } high ? scale.FromCanonical(high) : null,
            comparable.Count,
            [.. compared.Where(c => c.Explains).Select(c => View(c.Factor, c.Gap))],
            [.. compared.Where(c => !c.Explains).Take(NearestShown).Select(c => View(c.Factor, c.Gap))]);
    }

    /// <summary>factor ÷ implied − 1; an OverflowException when it, or it as a number of percent, passes decimal's range (an implied value near 10^-28).</summary>
    private static decimal Gap(decimal factor, decimal implied)
    {
        if (implied == 0m)
        {
            return 0m;
        }

        var gap = (factor - implied) / implied;
        return Math.Abs(gap) <= decimal.MaxValue / 100m ? gap : throw new OverflowException("the gap as a number of percent passes decimal's range");
    }

    /// <summary>
    /// "Explained by popular/forest-absorption/2007:forest-per-mu-day 67 kgCO2/(mu·day) (CN, unverified: a popular
    /// figure, not an official factor); no other of the 1 … explains it." or the nearest when none does.
    /// </summary>
    public static string Explain(FactorAttribution attribution)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var what = $"{attribution.Factor} factor{(attribution.Searched == 1 ? "" : "s")}";
        if (attribution.Searched == 0)
        {
            return $"The factor library has no {attribution.Factor} factor to attribute it to.";
        }

        if (attribution.ExplainedBy.Count > 0)
        {
            var others = attribution.Searched - attribution.ExplainedBy.Count;
            return $"Explained by {string.Join("; ", attribution.ExplainedBy.Select(Describe))}"
                + (others == 0 ? $"; it is the only {what} in the library." : $"; none of the other {others} {what} in the library explains it"
                    + (attribution.Nearest.Count > 0 ? $" (nearest: {string.Join("; ", attribution.Nearest.Select(WithGap))})." : "."));
        }

        return $"None of the {attribution.Searched} {what} in the library (every edition, region and year) explains it; "
            + $"the nearest: {string.Join("; ", attribution.Nearest.Select(WithGap))}.";
    }

    private static string Describe(AttributedFactor f)
    {
        var where = string.Join(", ", new[] { f.Region, f.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) }.Where(s => s is not null));
        var status = f.Verification.ToWire()
            + (f.Basis == "popular-science" ? ": a popular figure, not an official factor" : f.Verification == VerificationStatus.Confirmed ? "" : $": {f.Verification.Meaning()}");
        return $"{f.FactorId} {Display.Printed(f.Value)} {f.Unit} ({(where.Length > 0 ? where + ", " : "")}{status})";
    }

    private static string WithGap(AttributedFactor f) => $"{f.FactorId} {Display.Printed(f.Value)} {f.Unit} ({Display.Percent(f.Gap, withSign: true)})";

    private static AttributedFactor View(Factor f, decimal gap) =>
        new(f.Id, f.Value.Value, f.Value.Unit.Symbol, f.Edition.Path, f.Applicability.Region, f.Applicability.DataYear, f.Verification, f.Basis, gap);

    /// <summary>The unit most of the candidates of this dimension are published in (the first on a tie); null when there are none.</summary>
    public static Unit? UnitOf(IReadOnlyList<Factor> candidates, Dimension dimension) =>
        candidates.Where(f => f.Quantity.Dimension == dimension).GroupBy(f => f.Value.Unit.Symbol, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Select(g => g.First().Value.Unit)
            .FirstOrDefault();
}
