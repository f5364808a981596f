using System.Text.Json;
using Emissions.Api.Factors;
using Emissions.Api.Problems;
using Emissions.Calculation;
using Emissions.Inventory;

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
        if (context.FactorSet is null && context.Purpose == ComputePurpose.ValidateSubmission)
        {
            // A stored revision pins its set by content hash; a default chosen today could differ tomorrow.
            throw NoFactorSet(catalog, "a stored inputs submission names its factor set, so that its results can be reproduced later; the request names none");
        }

        var result = context.FactorSet is { } set ? CalculationRequest.Run(request, set) : WithDefaultSet(request);
        return new ComputeResult(CalculationResponse.From(result), () => new ResultTable(CalculationTable.Columns, CalculationTable.Rows(result)))
        {
            Workbook = stream => Spreadsheets.CalculationWorkbook.Write(stream, result),
            Calculation = result,
        };
    }

    /// <summary>No set named: the shipped default for the inventory's country and period, as `emissions calculate` picks it.</summary>
    private CalculationResult WithDefaultSet(JsonElement request)
    {
        var inventory = InventoryReader.Read(request);
        if (!DefaultFactorSet.TryChoose(inventory, catalog.Sets, out _, out var why))
        {
            throw NoFactorSet(catalog, why);
        }

        return CalculationRequest.RunWithDefaultSet(inventory, catalog.Sets);
    }

    /// <summary>A calculation needs factors and none fits: 422 naming $.factorSet, why, and the sets that exist.</summary>
    public static ApiProblemException NoFactorSet(IFactorCatalog catalog, string why)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var ids = catalog.Sets.Select(s => s.Id).Order(StringComparer.Ordinal).ToList();
        return new ApiProblemException(new ApiProblem(
            ProblemKinds.UnknownFactorSet,
            why,
            "$.factorSet",
            null,
            $"a factor set id: one of {string.Join(", ", ids)} (GET /v1/factor-sets), or one of your organisation's custom sets")
        {
            Extensions = new Dictionary<string, object?> { ["available"] = ids },
        });
    }
}
