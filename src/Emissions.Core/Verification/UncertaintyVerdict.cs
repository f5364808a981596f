namespace Emissions.Verification;

/// <summary>
/// Whether a discrepancy is smaller than the combined 95 % uncertainty of the relation's inputs (first order), told
/// apart from printed rounding (which the verdict already allows for): an auditor may then write "within what the
/// inputs are uncertain by" rather than "an error".
/// </summary>
/// <param name="Within">The gap is at most the combined uncertainty.</param>
/// <param name="GapPercent">The gap relative to the recomputed value, in percent.</param>
/// <param name="CombinedPercent">The inputs' combined 95 % uncertainty relative to the recomputed value, in percent.</param>
/// <param name="Inputs">Each input counted, with its percentage ("electricity ±2 %").</param>
public sealed record UncertaintyVerdict(bool Within, decimal GapPercent, decimal CombinedPercent, IReadOnlyList<string> Inputs)
{
    /// <summary>"within" or "beyond the inputs' combined uncertainty", as the explanation says it.</summary>
    public string Label => Within ? "within the inputs' combined uncertainty" : "beyond the inputs' combined uncertainty";

    /// <summary>The sentence the explanation gains.</summary>
    public string Sentence =>
        $"The gap of {GapPercent} % is {(Within ? "smaller than" : "larger than")} the inputs' combined uncertainty of ±{CombinedPercent} % (95 %, first order: {string.Join(", ", Inputs)}): "
        + (Within ? "a difference the inputs' own uncertainty explains, not an error shown by the figures." : "the inputs' stated uncertainty does not explain it.");
}
