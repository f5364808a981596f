using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Inventory;
using Emissions.Metrics.Expressions;
using Emissions.Quantities;

namespace Emissions.Verification;

/// <summary>
/// One check end to end, shared by `emissions check` and POST /v1/checks: the factor set (if any)
/// answers factor references in formulas and recomputes metrics from the request's raw inputs;
/// factors given explicitly (the CLI's --factor) win over the set's. Raw inputs without a set are
/// refused rather than ignored.
/// </summary>
public static class CheckRun
{
    /// <summary>Checks every relation among the request's figures.</summary>
    /// <param name="request">The figures as printed, the auditor's relations and options.</param>
    /// <param name="set">The factor set that answers factor references and recomputes raw inputs; null: none.</param>
    /// <param name="explicitFactors">Factors given one by one (the CLI's --factor, options.factors); they win over the set's.</param>
    /// <param name="candidates">The whole factor library (every edition, and the set's own factors), to attribute implied factors to; null: none.</param>
    /// <param name="rules">The rules the request's raw inputs are held to: <see cref="InputRules.AsStored"/> when a stored revision is recomputed.</param>
    public static CheckReport Run(
        CheckRequest request, FactorSet? set, IReadOnlyDictionary<FactorReference, Quantity>? explicitFactors = null, FactorCandidates? candidates = null,
        InputRules rules = InputRules.Current)
    {
        ArgumentNullException.ThrowIfNull(request);
        Func<string, Quantity?>? recompute = null;
        if (request.Inputs is { } inputs)
        {
            if (set is null)
            {
                throw NoFactorSetException.ForCheckInputs([]);
            }

            var calculated = CalculationRequest.Run(inputs, set, "$.inputs", rules);
            recompute = metric => calculated.Find(metric)?.Quantity;
        }

        // One-off factors: the caller's (the CLI's --factor) win over the request's options.factors, which win over the set's.
        var given = new Dictionary<FactorReference, Quantity>(request.Options.Factors.ToDictionary(f => f.Key, f => f.Value.Quantity));
        foreach (var (reference, value) in explicitFactors ?? new Dictionary<FactorReference, Quantity>())
        {
            given[reference] = value;
        }

        explicitFactors = given;
        var fromSet = set is null ? null : FactorSetLookup.For(set);
        Func<FactorReference, Quantity?>? factors = explicitFactors is { Count: > 0 } || fromSet is not null
            ? reference => explicitFactors is not null && explicitFactors.TryGetValue(reference, out var given) ? given : fromSet?.Invoke(reference)
            : null;
        var report = new Checker(factors, recompute, candidates: candidates).Check(request);
        if (candidates is not null && given.Count > 0)
        {
            report = NameGivenFactors(report, given, candidates);
        }

        return request.Options.Uncertainty is { } uncertainty ? WeighUncertainty(report, request, uncertainty, factors) : report;
    }

    /// <summary>A check that used a factor given one by one says which library factor that is, and whether it is official.</summary>
    private static CheckReport NameGivenFactors(CheckReport report, IReadOnlyDictionary<FactorReference, Quantity> given, FactorCandidates candidates) =>
        report with
        {
            Checks = [.. report.Checks.Select(c => GivenFactorSource.Sentence(c, given, candidates) is { } sentence
                ? c.WithExplanationLine(sentence)
                : c)],
        };

    /// <summary>Each discrepancy weighed against the inputs' combined uncertainty; the explanation gains the sentence.</summary>
    private static CheckReport WeighUncertainty(CheckReport report, CheckRequest request, CheckUncertainty uncertainty, Func<FactorReference, Quantity?>? factors) =>
        report with
        {
            Checks = [.. report.Checks.Select(c => DiscrepancyUncertainty.Assess(c, request, uncertainty, factors) is { } weighed
                ? c.WithExplanationLine(weighed.Sentence) with { Uncertainty = weighed }
                : c)],
        };
}
