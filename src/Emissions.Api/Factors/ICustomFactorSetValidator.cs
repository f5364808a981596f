using System.Text.Json;
using Emissions.Factors;

namespace Emissions.Api.Factors;

/// <summary>
/// Validates an organisation's custom factor set exactly like a shipped one and returns it with its
/// content hash. <paramref name="definition"/> is the POST /v1/factor-sets body (a JSON object with
/// "id"); bad content throws an exception with a problem mapping naming the JSON path.
/// The same definition must always give the same set and hash: stored versions are re-validated on read.
/// </summary>
public interface ICustomFactorSetValidator
{
    FactorSet Validate(JsonElement definition, IFactorCatalog shipped);
}
