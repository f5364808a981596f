using Emissions.Api.Factors;
using Emissions.Calculation;
using Emissions.Factors;
using Emissions.Contract.Calculations;
using Emissions.Inventory;

namespace Emissions.Api.Compute;

/// <summary>
/// POST /v1/calculations over Emissions.Core: the same inventory reader and <see cref="CalculationRequest"/> path as
/// `emissions calculate`, with the factor set the service resolved (or the submission pinned); no set named: the
/// shipped default for the inventory's country and period, as `emissions calculate` picks it.
/// Bad input surfaces as <see cref="InvalidInputException"/>s, mapped to problems naming their JSON path.
/// </summary>
public sealed class CalculationService(IFactorCatalog catalog) : ICalculationService
{
    public ComputeResult Calculate(CalculationInput request, ComputeContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (context.FactorSet is null && context.Purpose == ComputePurpose.ValidateSubmission)
        {
            // A stored revision pins its set by content hash; a default chosen today could differ tomorrow.
            throw new NoFactorSetException("$.factorSet", null,
                "a stored inputs submission names its factor set, so that its results can be reproduced later; the request names none", catalog.Sets.Select(s => s.Id));
        }

        var inventory = request.Read();
        var result = context.FactorSet is { } set ? CalculationRequest.Run(inventory, set, rules: context.Rules) : CalculationRequest.RunWithDefaultSet(inventory, catalog.Sets);
        return new ComputeResult(CalculationResponse.From(result, context.Trace), () => new ResultTable(CalculationTable.Columns, CalculationTable.Rows(result)))
        {
            Workbook = stream => Spreadsheets.CalculationWorkbook.Write(stream, result),
            Calculation = result,
        };
    }
}
