using System.Diagnostics;
using Emissions.Api.Telemetry;
using System.Text.Json;
using System.Runtime.InteropServices;
using Emissions.Api.Factors;
using Emissions.Api.Options;
using Emissions.Api.Json;
using Emissions.Api.Problems;
using Emissions.Budget;
using Emissions.Contract.Checks;
using Emissions.Factors;
using Emissions.Verification;
using Microsoft.Extensions.Options;

namespace Emissions.Api.Compute;

/// <summary>
/// Runs a compute module on a request: checks it is an object, resolves the factor set it names
/// (or uses the pinned one) and calls the module. No domain logic lives here.
/// </summary>
public sealed class ComputeRunner(ICalculationService calculations, ICheckService checks, FactorSetResolver factorSets, IOptions<EmissionsOptions> options)
{
    internal async Task<ComputeResult> RunAsync(
        ComputeKind kind, JsonElement request, string? organizationId, ComputePurpose purpose, ResolvedFactorSet? pinned, CancellationToken cancellationToken, Emissions.Contract.Calculations.TraceDetail? trace = null)
    {
        if (kind == ComputeKind.Calculation)
        {
            // A calculate request already parsed (a stored submission, a workbook's JSON) is read as a posted one is:
            // from its bytes, by the one inventory reader.
            return await CalculateAsync(JsonMarshal.GetRawUtf8Value(request).ToArray(), organizationId, purpose, pinned, cancellationToken, trace);
        }

        return await RunAsync(kind, request, organizationId, purpose, pinned, context => checks.Check(request, context), trace, cancellationToken);
    }

    /// <summary>
    /// A posted check request as its bytes, not yet scanned (<see cref="JsonBodyReader.ReadUnscannedAsync"/>): the usual
    /// request is read from them in one pass (<see cref="CheckRequestUtf8Reader"/>, no document, issue 16); any other —
    /// every wrong one among them — is parsed within the limits and read from its document as before, with the same errors.
    /// </summary>
    internal async Task<ComputeResult> CheckAsync(ReadOnlyMemory<byte> utf8, string? organizationId, ComputePurpose purpose, CancellationToken cancellationToken)
    {
        var limits = options.Value.Limits;

        // The reader stops at its checkpoints like the check does: its work is bounded by a budget of its own (the
        // factor set is resolved between the two, asynchronously, so one budget cannot span both) and by the client.
        CheckRequest? read;
        using (WorkBudget.Open(Budget, cancellationToken))
        {
            read = CheckRequestUtf8Reader.TryRead(utf8.Span, limits.MaxDepth, limits.MaxFigures, Math.Max(1, limits.MaxFigures));
        }

        if (read is { } check)
        {
            return await RunAsync(ComputeKind.Check, FactorSetReference.Find(check), organizationId, purpose, null, context => checks.Check(check, context), null, cancellationToken);
        }

        using var document = JsonBodyParser.Parse(utf8, limits.MaxDepth, limits.MaxFigures);
        return await RunAsync(ComputeKind.Check, document.RootElement, organizationId, purpose, null, cancellationToken);
    }

    /// <summary>A calculate request as its bytes, already scanned (<see cref="JsonBodyReader.ReadBodyAsync"/>) or taken from a parsed document.</summary>
    internal async Task<ComputeResult> CalculateAsync(
        ReadOnlyMemory<byte> utf8, string? organizationId, ComputePurpose purpose, ResolvedFactorSet? pinned, CancellationToken cancellationToken, Emissions.Contract.Calculations.TraceDetail? trace = null)
    {
        using var input = CalculationInput.Parse(utf8, options.Value.Limits.MaxDepth);
        return await RunAsync(ComputeKind.Calculation, input.Root, organizationId, purpose, pinned, context => calculations.Calculate(input, context), trace, cancellationToken);
    }

    private async Task<ComputeResult> RunAsync(
        ComputeKind kind, JsonElement request, string? organizationId, ComputePurpose purpose, ResolvedFactorSet? pinned, Func<ComputeContext, ComputeResult> module,
        Emissions.Contract.Calculations.TraceDetail? trace, CancellationToken cancellationToken)
    {
        JsonFields.RequireObject(request, JsonPath.Root);
        return await RunAsync(kind, pinned is null ? FactorSetReference.Find(kind, request) : null, organizationId, purpose, pinned, module, trace, cancellationToken);
    }

    private async Task<ComputeResult> RunAsync(
        ComputeKind kind, FactorSetReference? named, string? organizationId, ComputePurpose purpose, ResolvedFactorSet? pinned, Func<ComputeContext, ComputeResult> module,
        Emissions.Contract.Calculations.TraceDetail? trace, CancellationToken cancellationToken)
    {
        var set = pinned;
        if (set is null && named is { } reference)
        {
            set = await ResolveAsync(reference, organizationId, cancellationToken);
        }

        var context = new ComputeContext(set?.Set, organizationId, purpose) { Trace = trace };

        // The module runs synchronously on this thread: it stops at its next checkpoint when the client goes
        // away, and within WorkClock.CheckpointsPerRead checkpoints once the budget is spent
        // (Limits:ComputeBudgetSeconds), rather than finishing work nobody waits for.
        var name = kind == ComputeKind.Calculation ? "calculation" : "check";
        using var activity = EmissionsTelemetry.Source.StartActivity(name);
        var started = Stopwatch.GetTimestamp();
        var outcome = "refused";
        try
        {
            using (WorkBudget.Open(Budget, cancellationToken))
            {
                var result = module(context);
                outcome = "ok";
                return result;
            }
        }
        finally
        {
            activity?.SetTag("emissions.outcome", outcome);
            activity?.SetTag("emissions.factor_set", set?.Set.Id);
            EmissionsTelemetry.Computations.Add(1, new KeyValuePair<string, object?>("kind", name), new KeyValuePair<string, object?>("outcome", outcome));
            EmissionsTelemetry.ComputeDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("kind", name));
        }
    }

    private TimeSpan? Budget => options.Value.Limits.ComputeBudgetSeconds is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null;

    public async Task<ResolvedFactorSet> ResolveAsync(FactorSetReference reference, string? organizationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return await factorSets.FindAsync(reference.Id, organizationId, reference.Version, cancellationToken)
            ?? throw new NoFactorSetException(reference.Path, reference.Id,
                reference.Version is null
                    ? $"there is no factor set '{reference.Id}'"
                    : $"there is no version {reference.Version} of factor set '{reference.Id}'",
                factorSets.Catalog.Sets.Select(s => s.Id));
    }
}
