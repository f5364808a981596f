using System.Text.Json;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Calculation;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Verification;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Compute;

/// <summary>
/// POST /v1/checks over Emissions.Core's verification: the request is read by <see cref="CheckRequestReader"/>
/// and checked by <see cref="Checker"/>, as `emissions check` does. The factor set the service resolved
/// ($.options.factorSet, else $.inputs.factorSet, or the one a stored report pinned) answers factor
/// references in formulas (@absorption-rate[forest]) and recomputes metrics from $.inputs with
/// <see cref="CalculationRequest"/>; raw inputs without a set are refused rather than ignored.
/// </summary>
public sealed class CheckService(IFactorCatalog catalog, IOptions<EmissionsOptions> options) : ICheckService
{
    // The shipped library's candidates are indexed once per service, not once per request that needs an attribution.
    private readonly FactorCandidates _shipped = new(() => catalog.Factors);

    public ComputeResult Check(JsonElement request, ComputeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Check(CheckRequestReader.Read(request, Math.Max(1, options.Value.Limits.MaxFigures)), context);
    }

    public ComputeResult Check(CheckRequest request, ComputeContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        if (request.Inputs is not null && context.FactorSet is null)
        {
            throw NoFactorSetException.ForCheckInputs(catalog.Sets.Select(s => s.Id));
        }

        // Implied factors are attributed to any edition of the library, and to the custom set's own factors.
        var candidates = context.FactorSet is { } set && !catalog.Sets.Any(shipped => ReferenceEquals(shipped, set))
            ? new FactorCandidates(() => catalog.Factors.Concat(set.Factors))
            : _shipped;
        var report = CheckRun.Run(request, context.FactorSet, candidates: candidates, rules: context.Rules);
        return new ComputeResult(new CheckReportBody(report), () => new ResultTable(CheckTable.Columns, CheckTable.Rows(report)))
        {
            Workbook = stream => Spreadsheets.WorkingPaper.Write(stream, request, report, context.FactorSet),
        };
    }
}
