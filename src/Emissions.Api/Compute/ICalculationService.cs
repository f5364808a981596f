namespace Emissions.Api.Compute;

/// <summary>
/// POST /v1/calculations and the results of stored "inputs" submissions. The request is the
/// CONTRACT.md calculate shape, already read within the limits (size, depth, entries, duplicates)
/// and known to be a JSON object, as its bytes (<see cref="CalculationInput"/>). Bad input throws an <see cref="InvalidInputException"/> (mapped once, in
/// <see cref="Problems.InputProblems"/>), naming the JSON path, value and expectation; never a 5xx for bad input.
/// </summary>
public interface ICalculationService
{
    ComputeResult Calculate(CalculationInput request, ComputeContext context);
}
