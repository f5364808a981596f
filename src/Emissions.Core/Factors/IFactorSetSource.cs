namespace Emissions.Factors;

/// <summary>Where factor sets come from (the loaded library, an organisation's uploaded sets).</summary>
public interface IFactorSetSource
{
    IReadOnlyList<string> SetIds { get; }

    FactorSet? Find(string id);
}
