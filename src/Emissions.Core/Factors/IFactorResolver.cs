namespace Emissions.Factors;

/// <summary>Resolves factor queries against one set (plus overrides), or throws <see cref="FactorResolutionException"/>.</summary>
public interface IFactorResolver
{
    FactorSet FactorSet { get; }

    FactorResolution Resolve(FactorQuery query);

    /// <summary>GWP-100 of a gas or a blend (computed from its composition) under the set's AR and CH4 convention.</summary>
    FactorResolution ResolveGwp(string gas);
}
