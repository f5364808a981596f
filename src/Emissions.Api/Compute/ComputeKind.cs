namespace Emissions.Api.Compute;

public enum ComputeKind
{
    Calculation,
    Check,
}
