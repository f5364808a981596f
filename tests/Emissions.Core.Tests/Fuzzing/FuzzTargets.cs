namespace Emissions.Core.Tests.Fuzzing;

/// <summary>The Core parsers the sweeps cover (the factor set file is in Emissions.Factors.Tests/Fuzzing).</summary>
public static class FuzzTargets
{
    public static IReadOnlyList<FuzzTarget> All { get; } =
    [
        new("number", FuzzInputs.Number, FuzzProperties.Number),
        new("unit", FuzzInputs.Unit, FuzzProperties.Unit),
        new("quantity", FuzzInputs.Quantity, FuzzProperties.Quantity),
        new("formula", FuzzInputs.Formula, FuzzProperties.Formula),
        new("check body", FuzzInputs.CheckBody, FuzzProperties.CheckBody),
    ];
}
