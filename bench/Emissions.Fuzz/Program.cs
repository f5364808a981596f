using System.Diagnostics;
using System.Globalization;
using Emissions.Core.Tests.Fuzzing;

// dotnet run -c Release --project bench/Emissions.Fuzz [-- COUNT [SEED]]: every parser, COUNT inputs each (default 10⁶).
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2026;
var failed = false;
Console.WriteLine($"| parser | inputs | parsed | violations | over 10 ms | slowest (ms) | wall (s) |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var target in FuzzTarget.All)
{
    var clock = Stopwatch.StartNew();
    var r = FuzzSweep.Run(target, seed, count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {r.Target} | {r.Inputs:N0} | {r.Parsed:N0} | {r.ViolationCount:N0} | {r.OverTenMs:N0} | {r.SlowestMs:F2} | {clock.Elapsed.TotalSeconds:F0} |"));
    foreach (var v in r.Violations)
    {
        Console.Error.WriteLine($"{r.Target}: {v}");
    }

    if (r.OverTenMs > 0)
    {
        Console.Error.WriteLine($"{r.Target}: slowest input ({r.SlowestMs:F1} ms): {System.Text.Json.JsonSerializer.Serialize(r.SlowestInput)}");
    }

    failed |= r.ViolationCount > 0;
}

return failed ? 1 : 0;
