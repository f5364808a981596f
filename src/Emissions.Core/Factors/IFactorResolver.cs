namespace Emissions.Factors;

/// <summary>Resolves factor queries against one set (plus overrides), or throws <see cref="FactorResolutionException"/>.</summary>
public interface IFactorResolver
{
    /// <summary>The set factors are resolved against.</summary>
    FactorSet FactorSet { get; }

    /// <summary>The factor that answers <paramref name="query"/>, with the reason for the choice.</summary>
    /// <param name="query">What is needed: parameter, carrier, region and year.</param>
    /// <exception cref="FactorResolutionException">No factor answers the query.</exception>
    FactorResolution Resolve(FactorQuery query);

    /// <summary>GWP-100 of a gas or a blend (computed from its composition) under the set's AR and CH4 convention.</summary>
    FactorResolution ResolveGwp(string gas);
}
