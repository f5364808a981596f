using System.Diagnostics;

namespace Emissions.Core.Tests.Fuzzing;

/// <summary>One parser's generator and property, by name.</summary>
public sealed record FuzzTarget(string Name, Func<Random, string> Generate, Func<string, string?> Property)
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

/// <summary>What a sweep saw: inputs tried, those parsed, the violations (first few kept) and the slowest input.</summary>
public sealed record FuzzResult(string Target, int Inputs, int Parsed, int ViolationCount, IReadOnlyList<string> Violations,
    double SlowestMs, string SlowestInput, int OverTenMs);

/// <summary>Runs a target's property over seeded random inputs; used by the test suite (short) and bench/fuzz (long).</summary>
public static class FuzzSweep
{
    public static FuzzResult Run(FuzzTarget target, int seed, int count)
    {
        ArgumentNullException.ThrowIfNull(target);
        var random = new Random(seed);
        var violations = new List<string>();
        int violationCount = 0, overTen = 0, parsed = 0;
        var slowest = 0.0;
        var slowestInput = "";
        for (var i = 0; i < count; i++)
        {
            var input = target.Generate(random);
            FuzzProperties.LastParsed = false;
            var start = Stopwatch.GetTimestamp();
            var violation = target.Property(input);
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (ms > slowest)
            {
                (slowest, slowestInput) = (ms, input);
            }

            overTen += ms > 10 ? 1 : 0;
            parsed += FuzzProperties.LastParsed ? 1 : 0;
            if (violation is not null)
            {
                violationCount++;
                if (violations.Count < 20)
                {
                    violations.Add($"{System.Text.Json.JsonSerializer.Serialize(input)}: {violation}");
                }
            }
        }

        return new FuzzResult(target.Name, count, parsed, violationCount, violations, slowest, slowestInput, overTen);
    }
}
