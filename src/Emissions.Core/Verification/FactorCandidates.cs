using Emissions.Factors;
using Emissions.Metrics.Expressions;

namespace Emissions.Verification;

/// <summary>
/// Every factor an implied factor may be attributed to: all editions of the loaded library (all
/// years and regions, not only the check's set) and any custom set's factors, indexed by parameter
/// and carrier. Core reads no files: the CLI and the service hand the factors in, and a source is
/// read only when a check first needs it (most checks name no factor).
/// </summary>
public sealed class FactorCandidates
{
    private readonly Lazy<ILookup<(FactorParameter Parameter, string? Carrier), Factor>> _index;

    /// <summary>Candidates from a list of factors (duplicated ids counted once).</summary>
    /// <param name="factors">The factors an unexplained figure may be attributed to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="factors"/> is null.</exception>
    public FactorCandidates(IEnumerable<Factor> factors)
        : this(() => factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
    }

    /// <param name="source">Called at most once, when the first attribution is made.</param>
    public FactorCandidates(Func<IEnumerable<Factor>> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _index = new Lazy<ILookup<(FactorParameter, string?), Factor>>(() => source()
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .ToLookup(f => (f.Parameter, f.Applicability.Carrier)));
    }

    /// <summary>The factors of the reference's parameter and carrier, in library order; none for an unknown parameter.</summary>
    public IReadOnlyList<Factor> For(FactorReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return FactorParameterNames.TryParse(reference.Parameter, out var parameter) ? [.. _index.Value[(parameter, reference.Carrier)]] : [];
    }
}
