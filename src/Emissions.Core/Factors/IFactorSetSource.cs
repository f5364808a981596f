namespace Emissions.Factors;

/// <summary>Where factor sets come from (the loaded library, an organisation's uploaded sets).</summary>
public interface IFactorSetSource
{
    /// <summary>The ids of every set this source can give.</summary>
    IReadOnlyList<string> SetIds { get; }

    /// <summary>The set with this id, or null when the source has none.</summary>
    /// <param name="id">A set id, e.g. "cn-2023".</param>
    FactorSet? Find(string id);
}
