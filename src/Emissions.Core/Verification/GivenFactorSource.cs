using Emissions.Factors;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// A check re-run with a factor given one by one (the CLI's --factor, options.factors) — typically the factor an
/// attribution named — says in its explanation which library factor that value is, and whether it is official:
/// "Consistent with the popular 67 kg figure (popular/forest-absorption/2007:forest-per-mu-day, unverified), not an
/// official factor." A verdict reached with a popular figure must not read as if an official factor had confirmed it.
/// </summary>
internal static class GivenFactorSource
{
    public static string? Sentence(CheckResult check, IReadOnlyDictionary<FactorReference, Quantity> given, FactorCandidates candidates)
    {
        if (check.Verdict is not (Verdict.Reproduced or Verdict.Consistent))
        {
            return null;
        }

        var sentences = new List<string>();
        foreach (var (reference, value) in given)
        {
            if (!check.Formula.Contains(reference.ToString(), StringComparison.Ordinal)
                || candidates.For(reference).FirstOrDefault(f => f.Quantity.Dimension == value.Dimension && f.Quantity.CanonicalValue == value.CanonicalValue) is not { } factor)
            {
                continue;
            }

            var official = factor.Verification == VerificationStatus.Confirmed && !factor.Edition.Path.StartsWith("popular/", StringComparison.Ordinal);
            var verdict = check.Verdict == Verdict.Reproduced ? "Reproduced" : "Consistent";
            sentences.Add($"{verdict} with {Figure(factor)} ({factor.Id}, {factor.Verification.ToWire()}), "
                + (official ? "an official factor." : "not an official factor."));
        }

        return sentences.Count == 0 ? null : string.Join(" ", sentences);
    }

    /// <summary>"the popular 67 kg figure" for a popular edition; else the edition's title and the value.</summary>
    private static string Figure(Factor factor)
    {
        var value = factor.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return factor.Edition.Path.StartsWith("popular/", StringComparison.Ordinal)
            ? $"the popular {value} {factor.Value.Unit.Symbol} figure"
            : $"{factor.Edition.Title}'s {value} {factor.Value.Unit.Symbol}";
    }
}
