using Emissions.Metrics.Expressions;
using Emissions.Quantities;
using Emissions.Verification.Checking;

namespace Emissions.Verification;

/// <summary>
/// Checks published figures against each other. For every figure with a metric, every catalogue
/// relation of that metric whose figures are all published for the same period and site is
/// evaluated with <see cref="IntervalArithmetic"/> over the printed intervals and compared with
/// the figure's own interval; the auditor's relations are evaluated the same way over figure ids.
/// Verdicts follow CONTRACT.md:
/// <list type="bullet">
/// <item>reproduced: the face-value recomputation, rounded half away from zero to the printed
/// precision, equals the printed value (and lies inside what the qualifier allows);</item>
/// <item>consistent: the intervals overlap (also when only the significant-figure reading of an
/// integer with trailing zeros makes them overlap; the explanation says so);</item>
/// <item>discrepant: they do not; the deviation is printed minus recomputed at face value, relative
/// to the recomputed value, material when at least the materiality threshold;</item>
/// <item>unverifiable: a figure or factor is missing, or a divisor's range includes zero.</item>
/// </list>
/// Inequality relations (PUE ≥ 1 + CLF + PLF) are consistent or discrepant, never reproduced.
/// One dimensional rule for shares, in catalogue and custom relations alike: % is the number 0.01
/// (ISO 80000-1; ‰, bp, ppm and pp likewise), so a relation's value and a printed figure compare as
/// quantities. "renewable / total" reproduces a printed "94.8 %"; "renewable * 100 / total" reproduces
/// a unit-less "94.8" (a figure printed without a unit stays a plain number) and is discrepant against
/// "94.8 %", with <see cref="PercentReading"/> naming the × 100. yoy(a, b) is the ratio (a − b) / b.
/// </summary>
/// <remarks>
/// The work is split by question (folder Checking): which relations apply to which figure
/// (<see cref="RelationSelection"/>), what the verdict is (<see cref="RelationVerdict"/>), why
/// (<see cref="CheckExplanation"/>), and what each unknown would have to be (<see cref="ImpliedValues"/>).
/// </remarks>
public sealed class Checker
{
    private readonly CheckerSettings _settings;

    /// <param name="factors">Resolves factor references such as <c>@absorption-rate[forest]</c>; null or a null result makes the relation unverifiable.</param>
    /// <param name="recompute">Recomputes a metric from the request's raw inputs (a calculator); each result is checked as "&lt;metric&gt; (from inputs)".</param>
    /// <param name="rules">Plausibility rules; by default the stair-climb rule.</param>
    /// <param name="candidates">The whole factor library, to attribute implied factors to (<see cref="FactorAttributor"/>); null: no attribution.</param>
    public Checker(
        Func<FactorReference, Quantity?>? factors = null, Func<string, Quantity?>? recompute = null, IReadOnlyList<IPlausibilityRule>? rules = null,
        FactorCandidates? candidates = null)
    {
        _settings = new CheckerSettings(factors, recompute, rules ?? [new StairClimbRule()], candidates);
    }

    /// <summary>Checks every relation the request's figures take part in, catalogue and custom, and runs the plausibility rules.</summary>
    /// <param name="request">The figures as printed, with custom relations and options.</param>
    /// <returns>One result per relation with its verdict and explanation, the plausibility flags and notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="Inventory.InputException">A figure or custom relation is malformed (an unparsable value or formula, an unknown metric), naming its path.</exception>
    public CheckReport Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new CheckSession(_settings, request).Execute();
    }
}
