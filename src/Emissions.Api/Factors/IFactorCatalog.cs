using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>The shipped factor sets and factors, loaded once at start-up (factors/ plus Factors:Directories).</summary>
public interface IFactorCatalog
{
    /// <summary>False until factor data is loaded; /healthz reports it.</summary>
    bool IsLoaded { get; }

    IReadOnlyList<FactorSet> Sets { get; }

    /// <summary>Every factor of every loaded edition, whether or not a set includes it (attribution searches them all).</summary>
    IReadOnlyList<Factor> Factors { get; }

    FactorSet? FindSet(string id);

    Factor? FindFactor(string id);
}
