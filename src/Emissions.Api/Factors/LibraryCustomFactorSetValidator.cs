using System.Text.Json;
using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>
/// Validates an organisation's set definition exactly like factors/sets/*.json, against the loaded
/// library's editions (<see cref="Emissions.Factors.Loading.FactorLibrary.ValidateSet"/>). Failures are
/// <see cref="Emissions.Factors.Loading.FactorLibraryException"/>s naming JSON paths in the definition.
/// </summary>
public sealed class LibraryCustomFactorSetValidator : ICustomFactorSetValidator
{
    public const string SourceName = "factor-set definition";

    public FactorSet Validate(JsonElement definition, IFactorCatalog shipped) =>
        shipped is LibraryFactorCatalog catalog
            ? catalog.Library.ValidateSet(definition, SourceName)
            : throw new InvalidOperationException($"custom factor sets are validated against a loaded factor library; the catalog is a {shipped?.GetType().Name}");
}
