using System.Text.Json;
using Emissions.Api.Factors;
using Emissions.Api.Problems;
using Emissions.Calculation;

namespace Emissions.Api.Compute;

/// <summary>
/// POST /v1/calculations over Emissions.Core: the same <see cref="CalculationRequest"/> path as
/// `emissions calculate`, with the factor set the service resolved (or the submission pinned).
/// Bad input surfaces as <see cref="Inventory.InputException"/>, mapped to a problem naming its JSON path.
/// </summary>
public sealed class CalculationService(IFactorCatalog catalog) : ICalculationService
{
    public ComputeResult Calculate(JsonElement request, ComputeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var set = context.FactorSet ?? throw NoFactorSet(catalog);
        var result = CalculationRequest.Run(request, set);
        return new ComputeResult(CalculationResponse.From(result), () => new ResultTable(CalculationTable.Columns, CalculationTable.Rows(result)));
    }

    /// <summary>A calculation needs factors: 422 naming $.factorSet, with the sets that exist.</summary>
    public static ApiProblemException NoFactorSet(IFactorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = catalog.Sets.Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        return new ApiProblemException(new ApiProblem(
            ProblemKinds.UnknownFactorSet,
            "the request names no factor set; a calculation needs one",
            "$.factorSet",
            null,
            $"a factor set id: one of {string.Join(", ", ids)} (GET /v1/factor-sets), or one of your organisation's custom sets")
        {
            Extensions = new Dictionary<string, object?> { ["available"] = ids },
        });
    }
}
