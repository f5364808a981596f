using System.Text.Json;
using Emissions.Storage;

namespace Emissions.Api.Factors;

/// <summary>
/// Finds a factor set by id for a caller: shipped sets first, then the caller's organisation's
/// custom sets (never another organisation's). Custom versions are re-validated from their stored
/// definition, so a custom set means the same thing on every read.
/// </summary>
public sealed class FactorSetResolver(IFactorCatalog catalog, ICustomFactorSetValidator validator, IEmissionsStore store)
{
    public IFactorCatalog Catalog => catalog;

    public async Task<ResolvedFactorSet?> FindAsync(string id, string? organizationId, int? version, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (version is null && catalog.FindSet(id) is { } shipped)
        {
            return new ResolvedFactorSet(shipped, null);
        }

        if (organizationId is null)
        {
            return null;
        }

        var stored = await store.GetFactorSetAsync(organizationId, id, version, cancellationToken);
        return stored is null ? null : new ResolvedFactorSet(Validate(stored), stored.Version);
    }

    public Emissions.Factors.FactorSet Validate(StoredFactorSet stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        using var document = JsonDocument.Parse(stored.Body);
        return validator.Validate(document.RootElement, catalog);
    }
}
